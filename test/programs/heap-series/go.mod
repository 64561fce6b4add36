module heapseries

go 1.19
