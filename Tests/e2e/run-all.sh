#!/usr/bin/env bash
# Every end-to-end test: the reader in tmux, then over SSH. Needs tmux, openssh-server and
# openssh-client, and a built tidings (swift build).
set -uo pipefail
cd "$(dirname "$0")"
status=0
for test in tmux-reader.sh tmux-messages.sh ssh-reader.sh; do
    echo "== $test"
    ./"$test" || status=1
done
exit $status
