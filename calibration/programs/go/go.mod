module calibration

go 1.19
