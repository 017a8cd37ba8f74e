# Helpers for the end-to-end tests: the real tidings binary in a private tmux server.
# Sourced by the test scripts; every check that fails ends the script with a non-zero status.

E2E_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TIDINGS_BIN="${TIDINGS_BIN:-$E2E_ROOT/.build/debug/tidings}"
# An absolute path: the reader also runs from other folders (a remote shell starts in $HOME).
[[ $TIDINGS_BIN == /* ]] || TIDINGS_BIN="$PWD/$TIDINGS_BIN"
TMUX_SOCKET="tidings-e2e-$$"
WORK="$(mktemp -d /tmp/tidings-e2e-XXXXXX)"
FAILURES=0

tm() { tmux -L "$TMUX_SOCKET" "$@"; }

cleanup() {
    tm kill-server 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    FAILURES=$((FAILURES + 1))
}

pass() { echo "ok: $*"; }

require_binary() {
    if [ ! -x "$TIDINGS_BIN" ]; then
        (cd "$E2E_ROOT" && swift build --product tidings) >&2 || { echo "cannot build tidings" >&2; exit 1; }
    fi
}

# A folder of articles: the bundled demo corpus.
make_articles() {
    local folder="$1"
    mkdir -p "$folder"
    cp "$E2E_ROOT"/Sources/tidings/Resources/demo/* "$folder"/
}

# The demo articles in $ARTICLES, and config, cache, state and data folders of the test's own.
use_test_folders() {
    ARTICLES="$WORK/articles"
    make_articles "$ARTICLES"
    export XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" XDG_STATE_HOME="$WORK/state" XDG_DATA_HOME="$WORK/data"
}

# start_session NAME WIDTH HEIGHT COMMAND: a detached session running COMMAND through bash, so
# the shell stays after the program ends and the restored terminal can be inspected.
start_session() {
    local name="$1" width="$2" height="$3"
    shift 3
    tm new-session -d -s "$name" -x "$width" -y "$height" "bash --norc --noprofile"
    tm set-option -t "$name" remain-on-exit on >/dev/null
    tm send-keys -t "$name" "PS1='\$ '; $*" Enter
}

screen() { tm capture-pane -p -t "$1"; }
screen_escaped() { tm capture-pane -p -e -t "$1"; }

now_us() { echo "${EPOCHREALTIME/./}"; }

# wait_for NAME TEXT [MILLISECONDS]: polls the screen until TEXT shows; false when it does not in time.
wait_for() {
    local name="$1" text="$2" limit="${3:-10000}"
    local deadline=$(( $(now_us) + limit * 1000 ))
    while [ "$(now_us)" -lt "$deadline" ]; do
        if screen "$name" | grep -qF -- "$text"; then return 0; fi
        sleep 0.02
    done
    return 1
}

# wait_until MILLISECONDS COMMAND...: polls until COMMAND succeeds; false when it does not in time.
wait_until() {
    local limit="$1"
    shift
    local deadline=$(( $(now_us) + limit * 1000 ))
    while [ "$(now_us)" -lt "$deadline" ]; do
        "$@" && return 0
        sleep 0.02
    done
    "$@"
}

# wait_gone PATTERN MILLISECONDS: waits until no process command line matches PATTERN.
wait_gone() {
    local pattern="$1" limit="$2"
    local deadline=$(( $(now_us) + limit * 1000 ))
    while [ "$(now_us)" -lt "$deadline" ]; do
        pgrep -f -- "$pattern" >/dev/null || return 0
        sleep 0.02
    done
    ! pgrep -f -- "$pattern" >/dev/null
}

# status_line NAME: the last line of the screen.
status_line() { screen "$1" | tail -n 1; }

# highlighted NAME TEXT: TEXT appears on the screen right after a color or attribute escape.
highlighted() {
    screen_escaped "$1" | grep -qP '\x1b\[[0-9;:]*m\Q'"$2"'\E'
}

# The status line's message: at the right, after the key hints (cut with "…" when long).
message() { status_line "$1" | sed -E 's/ +$//; s/.*(   +|… )//'; }

# press NAME KEY: sends KEY and waits (a second at most) for the status line to answer it.
press() {
    local before
    before=$(status_line "$1")
    tm send-keys -t "$1" "$2"
    status_changed() { [[ $(status_line "$1") != "$before" ]]; }
    wait_until 1000 status_changed "$1" || true
}

# Sends KEY (`}` or `]`) in the reading pane and prints the mark it focused, as the status line
# names it; fails with a skip note when the message is NONE (the analysis found no KIND).
focus_mark() {
    press "$1" "$2"
    local mark
    mark=$(message "$1")
    if [[ $mark == "$3" ]]; then
        echo "skip: the analysis finds no $4 in this article yet" >&2
        return 1
    fi
    printf '%s\n' "${mark% · *}"
}

# The next entity of the open article, focused and then left: highlighted in color.
check_entity_highlight() {
    local entity
    entity=$(focus_mark "$1" '}' "no further entity" entities) || return 0
    press "$1" Escape
    if highlighted "$1" "$entity"; then pass "entity highlighted ($1): $entity"; else fail "entity not highlighted ($1): $entity"; fi
}

finish() {
    if [ "$FAILURES" -gt 0 ]; then
        echo "$FAILURES check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
}
