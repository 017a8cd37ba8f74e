#!/usr/bin/env bash
# The reader over SSH: sshd on 127.0.0.1 with keys made for the test, the client `ssh -tt` in
# tmux, no locale set on the remote side. The screen must render as locally (UTF-8 fallback), and
# killing the client must leave no reader process after a second.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
require_binary

SSHD=/usr/sbin/sshd
if [ ! -x "$SSHD" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y openssh-server openssh-client >/dev/null || true
    fi
    [ -x "$SSHD" ] || { echo "FAIL: $SSHD is missing (apt-get install -y openssh-server)" >&2; exit 1; }
fi

ARTICLES="$WORK/articles"
make_articles "$ARTICLES"
KEYS="$WORK/ssh"
mkdir -p "$KEYS" /run/sshd
chmod 700 "$KEYS"
ssh-keygen -q -t ed25519 -N '' -f "$KEYS/host" || exit 1
ssh-keygen -q -t ed25519 -N '' -f "$KEYS/user" || exit 1
cp "$KEYS/user.pub" "$KEYS/authorized_keys"
PORT=$(( 20000 + $$ % 20000 ))
USER_NAME=$(id -un)
cat > "$KEYS/sshd_config" <<CONFIG
ListenAddress 127.0.0.1
Port $PORT
HostKey $KEYS/host
PidFile $KEYS/sshd.pid
AuthorizedKeysFile $KEYS/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
AllowUsers $USER_NAME
CONFIG
"$SSHD" -D -e -f "$KEYS/sshd_config" 2>"$WORK/sshd.log" &
SSHD_PID=$!
stop_sshd() { kill "$SSHD_PID" 2>/dev/null; wait "$SSHD_PID" 2>/dev/null; cleanup; }
trap stop_sshd EXIT

SSH="ssh -tt -p $PORT -i $KEYS/user -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes"
for _ in $(seq 50); do
    $SSH "$USER_NAME@127.0.0.1" true 2>/dev/null && break
    sleep 0.1
done

# The remote command clears every locale variable: the reader must fall back to UTF-8 itself.
# Its cache and state are the test's own, as its configuration is.
REMOTE="env -u LANG -u LC_ALL -u LC_CTYPE -u LANGUAGE XDG_CONFIG_HOME=$WORK/config XDG_CACHE_HOME=$WORK/cache"
REMOTE+=" XDG_STATE_HOME=$WORK/state XDG_DATA_HOME=$WORK/data $TIDINGS_BIN $ARTICLES"
tm new-session -d -s ssh -x 120 -y 40 "env LANG=C.UTF-8 $SSH $USER_NAME@127.0.0.1 '$REMOTE'"
wait_for ssh "17 articles" 15000 || { fail "the reader did not start over SSH"; screen ssh; cat "$WORK/sshd.log" >&2; finish; }

line=$(screen ssh | sed -n 2p)
if [[ $line == "┌ Articles"*"┬ "*"┬ Timeline"*"┐" ]]; then pass "three panes with box drawing over SSH"
else fail "borders over SSH: $line"; fi
if screen_escaped ssh | grep -qP '\x1b\[[0-9;]*(38;5;[0-9]+|3[0-7])[0-9;]*m'; then pass "colors over SSH"
else fail "no color escapes over SSH"; fi

# Wide characters: the festival article's CJK line keeps the pane's right border in place.
tm send-keys -t ssh f C-u "Kōmura" Enter
wait_for ssh "1 article match" 3000 || fail "filter over SSH"
tm send-keys -t ssh Enter
if wait_for ssh "灯りの町" 3000; then
    row=$(screen ssh | grep -F "灯りの町")
    border=$(screen ssh | sed -n 3p)
    # Both rows end at the same column: compare their display widths through the terminal.
    if [[ $(printf '%s' "$row" | LC_ALL=C.UTF-8 wc -L) == $(printf '%s' "$border" | LC_ALL=C.UTF-8 wc -L) ]]; then pass "CJK text aligned over SSH"
    else fail "CJK line misaligned: $row"; fi
else
    fail "non-ASCII text not shown over SSH"
fi

# Highlights over SSH, when the analysis finds entities.
check_entity_highlight ssh

# A dropped connection: kill the client; the reader must be gone within a second.
client=$(tm display-message -p -t ssh '#{pane_pid}')
kill -9 "$client"
if wait_gone "$TIDINGS_BIN $ARTICLES" 1000; then pass "no reader process a second after the client died"
else
    fail "the reader is still running after the client died"
    pkill -f "$TIDINGS_BIN $ARTICLES"
fi

finish
