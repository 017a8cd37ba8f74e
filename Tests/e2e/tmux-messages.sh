#!/usr/bin/env bash
# The reader in tmux, on what it tells its user: problems of the configuration (on standard error
# and in the messages), a copy that tmux drops, and full-text search without a cache.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
require_binary

use_test_folders
mkdir -p "$XDG_CONFIG_HOME/tidings"
printf 'colour = "red"\n\n[keys]\ndown = "C-p"\nup = "C-p"\n' > "$XDG_CONFIG_HOME/tidings/config.toml"

# Every problem on standard error as the reader starts, and in the messages that m shows.
start_session conf 80 24 "env TERM=xterm-256color LANG=C.UTF-8 $TIDINGS_BIN $ARTICLES 2>$WORK/stderr"
wait_for conf "17 articles" 30000 || fail "the reader did not load"
wait_for conf "2 problems (m lists them)" 1000 || fail "the status line does not count the problems: $(status_line conf)"
if grep -q "config.toml:1: colour: unknown setting" "$WORK/stderr" && grep -q "config.toml:5: keys.up: C-p is already the key of keys.down" "$WORK/stderr"
then pass "every configuration problem on standard error at start"
else fail "standard error at start: $(cat "$WORK/stderr")"; fi
tm send-keys -t conf m
if wait_for conf "Messages" 2000 && wait_for conf "colour: unknown" 1000 && wait_for conf "keys.up: C-p is" 1000
then pass "m lists every problem"; else fail "the messages: $(screen conf)"; fi
tm send-keys -t conf q
wait_for conf "Enter open" 1000 || fail "q did not close the messages"
tm send-keys -t conf q
wait_gone "$TIDINGS_BIN $ARTICLES" 2000 || fail "the reader did not quit"
rm "$XDG_CONFIG_HOME/tidings/config.toml"

# y in tmux with its default set-clipboard (external): tmux drops the copy, and the reader says so.
start_session clip 120 40 "env TERM=xterm-256color LANG=C.UTF-8 $TIDINGS_BIN $ARTICLES"
wait_for clip "17 articles" 30000 || fail "the reader did not start for y"
tm set-option -s set-clipboard external
tm send-keys -t clip 2 y
if wait_for clip "set -g set-clipboard on" 2000; then pass "y with set-clipboard external: the hint shows"
else fail "y with set-clipboard external: $(message clip)"; fi
tm set-option -s set-clipboard on
tm send-keys -t clip y
if wait_for clip "copied:" 2000 && ! screen clip | grep -qF "set-clipboard on"; then pass "y with set-clipboard on: copied, no hint"
else fail "y with set-clipboard on: $(message clip)"; fi
tm send-keys -t clip q
wait_gone "$TIDINGS_BIN $ARTICLES" 2000 || fail "the reader did not quit after y"

# Without a cache, / searches the text of the articles, not their titles alone.
start_session nocache 120 40 "env TERM=xterm-256color LANG=C.UTF-8 $TIDINGS_BIN --no-cache $ARTICLES"
wait_for nocache "17 articles" 30000 || fail "the reader did not start without a cache"
word=$(grep -ohE '\b[A-Z][a-z]{6,}\b' "$ARTICLES"/*.txt | sort | uniq -c | sort -n | awk '$1 == 1 {print $2}' | while read -r w; do
    grep -lqw "$w" "$ARTICLES"/*.txt && ! grep -qw "title:.*$w" "$ARTICLES"/*.txt && echo "$w" && break; done)
tm send-keys -t nocache / "$word" Enter
if wait_for nocache "1 article matches $word" 2000; then pass "--no-cache: / finds \"$word\" in a body"
else fail "--no-cache: / $word: $(message nocache)"; fi
tm send-keys -t nocache q
wait_gone "$TIDINGS_BIN --no-cache $ARTICLES" 2000 || fail "the reader did not quit without a cache"

finish
