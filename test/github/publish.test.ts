import { describe, expect, it } from 'vitest';
import { explainGitHubError } from '../../src/github/publish';

describe('GitHub errors in words', () => {
  it('names the missing permission on a 403 and says what 404 and 410 mean', () => {
    expect(explainGitHubError({ status: 403, message: 'Resource not accessible by integration' }, 'posting the comment', 'pull-requests: write'))
      .toBe('posting the comment was refused (403: Resource not accessible by integration); the token needs `permissions: pull-requests: write` (a pull request from a fork gets a read-only token: use the workflow_run comment workflow)');
    expect(explainGitHubError({ status: 404, message: 'Not Found' }, 'fetching the baseline', 'actions: read')).toBe('fetching the baseline found nothing (404: Not Found); check the repository and that the token can see it');
    expect(explainGitHubError({ status: 410, message: 'Artifact has expired' }, 'downloading', 'actions: read')).toBe('downloading failed: gone (410: Artifact has expired)');
    expect(explainGitHubError(new Error('socket hang up\nat x'), 'posting', 'x')).toBe('posting failed (network: socket hang up)');
  });
});
