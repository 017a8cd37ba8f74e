#!/usr/bin/env bash
# The reader in tmux, on a temporary folder of articles: panes, highlights, linked events, live
# updates, resizing, and a clean exit on q and on signals.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
require_binary

use_test_folders
# After the reader: its exit status, and whether the terminal is back in cooked mode with echo.
# (The quotes keep the typed command line from matching what the checks look for.)
AFTER='echo READER""-EXITED-$?; echo MO""DES: $(stty -a | tr " ;" "\n\n" | grep -x -e echo -e icanon | sort)'
# A pager that notes the signals it was started with ignored, then returns to the reader.
printf '#!/bin/sh\ngrep SigIgn /proc/$$/status > "%s/pager-signals"\n' "$WORK" > "$WORK/pager.sh"
chmod +x "$WORK/pager.sh"
RUN="env TERM=xterm-256color LANG=C.UTF-8 PAGER=$WORK/pager.sh $TIDINGS_BIN $ARTICLES; $AFTER"

# open_article SESSION QUERY SHOWN: the one article the filter QUERY finds, opened, until SHOWN.
open_article() {
    tm send-keys -t "$1" f C-u "$2" Enter
    wait_for "$1" "1 article matches $2" 2000 || fail "$1: the filter did not find $2"
    tm send-keys -t "$1" Enter
    wait_for "$1" "$3" 2000 || fail "$1: $2 did not open"
}

start_session main 120 40 "$RUN"
wait_for main "17 articles" 10000 || { fail "the reader did not show the folder"; screen main; finish; }

line=$(screen main | sed -n 2p)
if [[ $line == "┌ Articles"*"┬ "*"┬ Timeline"*"┐" ]]; then pass "three panes at 120x40"; else fail "three panes: $line"; fi
if screen_escaped main | grep -qP '\x1b\[[0-9;]*(38;5;[0-9]+|3[0-7])[0-9;]*m'; then pass "colors in capture-pane -e"
else fail "no color escapes on the screen"; fi

# Open one article through the filter.
open_article main "Lower Varnholt evacuated" "Support independent journalism"
if highlighted main "Support independent journalism"; then pass "boilerplate styled"; else fail "boilerplate not styled"; fi

# y: the sentence with its date reaches tmux's clipboard through OSC 52 (set-clipboard on).
clipboard_has() { tm show-buffer 2>/dev/null | grep -qF -- "$1"; }
tm set-option -s set-clipboard on
tm send-keys -t main y
if wait_until 1000 clipboard_has "(2024-03-02"; then pass "y: copied into tmux's clipboard: $(tm show-buffer | cut -c1-60)…"
else fail "y: nothing reached tmux's clipboard (status: $(message main))"; fi

# o: the pager runs with Ctrl-C and Ctrl-Z at their defaults (not ignored), then the reader is back.
tm send-keys -t main o
if wait_until 2000 test -s "$WORK/pager-signals" && wait_for main "Support independent journalism" 2000; then
    ignored=$(awk '{print $2}' "$WORK/pager-signals")
    # SIGINT is bit 1, SIGTSTP bit 19.
    if (( (16#$ignored & 0x80002) == 0 )); then pass "o: the pager ran with SIGINT and SIGTSTP at their defaults"
    else fail "o: the pager started with SIGINT or SIGTSTP ignored (SigIgn $ignored)"; fi
else
    fail "o: the pager did not run, or the reader did not come back"
fi

# Entities and dates: highlighted when the analysis finds them.
check_entity_highlight main
if date=$(focus_mark main ']' "no later date" dates); then
    if highlighted main "$date"; then pass "date highlighted: $date"; else fail "date not highlighted: $date"; fi
    # Its event in the timeline, then the next linked event: in another article.
    # Links are only the sure ones: when this event has none, the next events of the timeline.
    press main Enter
    moved=0
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        press main ']'
        jump=$(message main)
        if [[ $jump == "no later linked event" ]]; then
            press main '['
            jump=$(message main)
        fi
        [[ $jump == "no linked events" || $jump == "no earlier linked event" ]] || break
        press main j
        moved=1
    done
    # After j the status line may show the keys before the message. Links lead into other
    # articles: from the opened article's event, never back into it.
    [[ $jump == *"→ "* ]] && jump="→ ${jump#*→ }"
    if [[ $jump == "→ "* && ( $moved == 1 || $jump != "→ Lower Varnholt evacuated"* ) ]]; then pass "] lands on a linked event: $jump"
    else fail "] did not reach a linked event in another article: $jump"; fi
fi

# A happening two articles of the demo report is one row (×2); l shows its reports under it, h
# folds them back.
tm send-keys -t main 3
wait_for main "Timeline · all" 1000 || { press main t; press main t; }
tm send-keys -t main g
happening_selected() { screen main | grep -qP '│▶ .{2} . ×[0-9]'; }
screen_moved() { [[ $(screen main) != "$before" ]]; }
for _ in $(seq 1 200); do
    happening_selected && break
    before=$(screen main)
    tm send-keys -t main j
    wait_until 1000 screen_moved || break
done
if happening_selected; then
    row=$(screen main | grep -oP '│▶ .{2} . ×[0-9].*' | head -1)
    reports_shown() { screen main | grep -qP '│   [├└] '; }
    tm send-keys -t main l
    if wait_until 1000 reports_shown; then pass "l shows the reports of $row"
    else fail "l did not show the reports of $row"; fi
    tm send-keys -t main h
    if wait_until 1000 eval '! reports_shown'; then pass "h folds them back"; else fail "h left the reports shown"; fi
else
    fail "no happening row (×N) in the demo's timeline"
fi

# A new file shows within a second.
tm send-keys -t main 1 f C-u Enter
wait_for main "filter cleared" 2000 || fail "filter not cleared"
printf 'title: Sirens tested along the Oran River\ndate: 2024-04-20\n\nThe new sirens of Lower Varnholt were tested on Saturday.\n' \
    > "$WORK/sirens.tmp"
mv "$WORK/sirens.tmp" "$ARTICLES/2024-04-20-sirens.txt"
start=$(now_us)
if wait_for main "Sirens tested" 1000; then pass "new file shown after $(( ($(now_us) - start) / 1000 )) ms"
else fail "new file not shown within a second"; fi

# Every other change of the folder reaches the list within a second too (the design asks 300 ms:
# the measured time is printed, the bound leaves room for a busy machine).
sirens="$ARTICLES/2024-04-20-sirens.txt"
sirens_text() { printf 'title: %s\ndate: 2024-04-20\n\nThe new sirens of Lower Varnholt were tested on Saturday.\n' "$1"; }
# expect_change WHAT TEXT: TEXT shows within a second of the change just made.
expect_change() {
    local start
    start=$(now_us)
    if wait_for main "$2" 1000; then pass "$1: shown after $(( ($(now_us) - start) / 1000 )) ms"
    else fail "$1: not shown within a second: $(status_line main)"; fi
}
sirens_text "Sirens retested in place" > "$sirens"
expect_change "changed file" "Sirens retested"
sirens_text "Sirens saved anew" > "$ARTICLES/.2024-04-20-sirens.txt.swp"
mv "$ARTICLES/.2024-04-20-sirens.txt.swp" "$sirens"
expect_change "atomic save" "Sirens saved anew"
mv "$sirens" "$WORK/sirens-away.txt"
expect_change "moved out" "deleted: 2024-04-20-sirens.txt"
mv "$WORK/sirens-away.txt" "$sirens"
expect_change "moved in" "new: 2024-04-20-sirens.txt"
sirens_text "Sirens, subfolder" > "$WORK/sirens-copy.txt"
mkdir "$ARTICLES/later"
mv "$WORK/sirens-copy.txt" "$ARTICLES/later/sirens.txt"
expect_change "file in a new folder" "Sirens, subfolder"
rm -r "$ARTICLES/later"
expect_change "deleted file" "deleted: sirens.txt"

# Ctrl-L paints the whole screen again over whatever else wrote to the terminal.
printf '\033[5;40HSTRAY-OUTPUT' > "$(tm display-message -p -t main '#{pane_tty}')"
wait_for main "STRAY-OUTPUT" 1000 || fail "the stray output did not reach the screen"
tm send-keys -t main C-l
stray_gone() { ! screen main | grep -q "STRAY-OUTPUT"; }
if wait_until 1000 stray_gone; then pass "Ctrl-L redraws the screen"; else fail "Ctrl-L left stray output on the screen"; fi

# Resizing, down to tiny.
two_panes() { [[ $(screen main | sed -n 2p) == "┌ Articles"*"┬ "*"┐" && $(screen main | wc -l) -le 24 ]]; }
tiny_box() { [[ $(screen main | wc -l) -le 8 && $(screen main | sed -n 2p) == "┌"*"┐" ]]; }
tm resize-window -t main -x 80 -y 24
if wait_until 2000 two_panes; then pass "two panes at 80x24"; else fail "80x24: $(screen main | sed -n 2p)"; fi
tm resize-window -t main -x 20 -y 8
if wait_until 2000 tiny_box; then pass "20x8 drawn"; else fail "20x8: $(screen main)"; fi
tm resize-window -t main -x 120 -y 40
wait_for main "┬ Timeline" 2000 && pass "back to 120x40" || fail "no redraw after growing"

# q restores the terminal and leaves no process.
tm send-keys -t main q
if wait_for main "READER-EXITED-0" 1000; then pass "q exits with status 0"; else fail "q did not exit"; fi
# The shell prints the modes just after the exit status.
wait_for main "MODES:" 1000
if screen main | grep -q "MODES: echo icanon"; then pass "terminal restored (echo, icanon)"; else fail "terminal modes not restored: $(screen main | tail -3)"; fi
if screen main | grep -q "┌ Articles"; then fail "the reader's screen is still shown"; else pass "alternate screen left"; fi
wait_gone "$TIDINGS_BIN $ARTICLES" 1000 && pass "no reader process left" || fail "a reader process is left"

# The place survives kill -9: the next start shows the article that was open.
start_session place 120 40 "$RUN"
wait_for place "┌ Articles" 10000 || fail "reader did not start for the place check"
open_article place "Teenager leads" "┬ Teenager leads"
kill -9 "$(pgrep -n -f "$TIDINGS_BIN $ARTICLES")"
wait_gone "$TIDINGS_BIN $ARTICLES" 1000 || fail "place: the reader survived kill -9"
# starts_at SESSION TITLE WHEN: a new reader in SESSION opens on the article TITLE, listed and shown.
starts_at() {
    start_session "$1" 120 40 "$RUN"
    if wait_for "$1" "┬ $2" 3000 && screen "$1" | grep -q "▶[0-9-]* $2"; then
        pass "after $3 the next start shows $2"
    else
        fail "after $3 the next start does not show $2: $(screen "$1" | sed -n 2,4p)"
    fi
}
starts_at place2 "Teenager leads" "kill -9"
# q keeps the article on screen, also one the list only previews: the next start shows it.
tm send-keys -t place2 k
wait_for place2 "┬ Lantern festival" 2000 || fail "place: k did not preview the article above"
tm send-keys -t place2 q
wait_gone "$TIDINGS_BIN $ARTICLES" 1000 || fail "place: reader left running"
starts_at place3 "Lantern festival" "q"
tm send-keys -t place3 q
wait_gone "$TIDINGS_BIN $ARTICLES" 1000 || fail "place: reader left running"

# A damaged cache file is rebuilt, and the status line says so while the articles load.
# (Every page's head is overwritten, in the write-ahead log too: pages it holds would hide the file's.)
for file in "$XDG_CACHE_HOME"/tidings/*.sqlite "$XDG_CACHE_HOME"/tidings/*.sqlite-wal; do
    [ -f "$file" ] || continue
    for ((page = 0; page * 4096 < $(stat -c %s "$file"); page++)); do
        printf 'not a database, %.0s' 1 2 3 4 | dd of="$file" bs=4096 seek="$page" conv=notrunc status=none
    done
done
start_session damaged 120 40 "$RUN"
if wait_for damaged "18 articles" 15000 && wait_for damaged "cache: " 1000; then pass "damaged cache: $(message damaged)"
else fail "damaged cache: no notice on the status line: $(status_line damaged)"; fi
tm send-keys -t damaged q
wait_gone "$TIDINGS_BIN $ARTICLES" 1000 || fail "damaged cache: reader left running"

# A direct-color terminal: theme colors sent as RGB (the default theme's borders are 240,
# #585858), never palette numbers taken for RGB values.
if infocmp xterm-direct >/dev/null 2>&1; then
    start_session direct 120 40 "env TERM=xterm-direct LANG=C.UTF-8 $TIDINGS_BIN $ARTICLES"
    wait_for direct "┌ Articles" 10000 || fail "reader did not start on xterm-direct"
    if screen_escaped direct | grep -q '38;2;88;88;88m' && ! screen_escaped direct | grep -qP '38;2;0;0;\d+m'; then
        pass "xterm-direct: theme colors as RGB"
    else
        fail "xterm-direct: colors wrong: $(screen_escaped direct | grep -oP '38;2;[0-9;]+m' | sort | uniq -c | head -5 | tr '\n' ' ')"
    fi
    tm send-keys -t direct q
    wait_gone "$TIDINGS_BIN $ARTICLES" 1000 || fail "xterm-direct: reader left running"
else
    echo "skip: no xterm-direct terminal description (package ncurses-term)"
fi

# tidings demo: the bundled articles in three panes, run after run on the same copy, so that its
# state is one database and not one per run.
for run in 1 2; do
    start_session "demo$run" 120 40 "env TERM=xterm-256color LANG=C.UTF-8 $TIDINGS_BIN demo"
    if wait_for "demo$run" "17 articles" 10000 && [[ $(screen "demo$run" | sed -n 2p) == "┌ Articles"*"┬ "*"┬ Timeline"*"┐" ]]; then
        pass "tidings demo, run $run: three panes"
    else
        fail "tidings demo, run $run: $(screen "demo$run" | sed -n 1,3p)"
    fi
    tm send-keys -t "demo$run" q
    wait_gone "$TIDINGS_BIN demo" 1000 || fail "tidings demo left running"
done
demo_states=$(find "$XDG_STATE_HOME/tidings" -name 'demo-*.sqlite' | wc -l)
if [ "$demo_states" = 1 ]; then pass "tidings demo keeps one state database"
else fail "tidings demo left $demo_states state databases"; fi

# Ctrl-Z: the reader stops and gives the terminal back to the shell; `fg` paints its screen again.
start_session suspend 100 30 "env TERM=xterm-256color LANG=C.UTF-8 $TIDINGS_BIN $ARTICLES"
wait_for suspend "┌ Articles" 10000 || fail "reader did not start for Ctrl-Z"
pid=$(pgrep -n -f "$TIDINGS_BIN $ARTICLES")
tm send-keys -t suspend C-z
if wait_for suspend "Stopped" 1000 && [[ $(ps -o stat= -p "$pid") == T* ]]; then pass "Ctrl-Z: stopped, the shell has the terminal"
else fail "Ctrl-Z: state $(ps -o stat= -p "$pid"), screen: $(screen suspend | tail -3)"; fi
tm send-keys -t suspend "fg" Enter
if wait_for suspend "┌ Articles" 2000; then pass "fg: the screen painted again"; else fail "no screen after fg"; fi
tm send-keys -t suspend q
wait_gone "$TIDINGS_BIN $ARTICLES" 1000 || fail "reader left running after Ctrl-Z, fg and q"

# o on a saved web page: the pager gets the text the reader shows, not the markup.
printf '#!/bin/sh\ncat "$1" > "%s/paged.txt"\n' "$WORK" > "$WORK/copy-pager.sh"
chmod +x "$WORK/copy-pager.sh"
start_session page 120 40 "env TERM=xterm-256color LANG=C.UTF-8 PAGER=$WORK/copy-pager.sh $TIDINGS_BIN $ARTICLES; $AFTER"
wait_for page "┌ Articles" 10000 || fail "reader did not start for the saved page"
open_article page "second crack" "Oran Basin Authority found a"
tm send-keys -t page o
if wait_until 2000 test -s "$WORK/paged.txt" && grep -q "^Inspectors of the Oran Basin Authority found" "$WORK/paged.txt" \
    && ! grep -q "<p>" "$WORK/paged.txt"; then pass "o: a saved page reaches the pager as its extracted text"
else fail "o: the pager got $(head -c 80 "$WORK/paged.txt" 2>/dev/null)"; fi
tm send-keys -t page q

# SIGTERM while the pager has the terminal: passed on to the pager, the reader gone within a second.
printf '#!/bin/sh\nexec sleep 30\n' > "$WORK/slow-pager.sh"
chmod +x "$WORK/slow-pager.sh"
start_session handoff 100 30 "env TERM=xterm-256color LANG=C.UTF-8 PAGER=$WORK/slow-pager.sh $TIDINGS_BIN $ARTICLES; $AFTER"
wait_for handoff "┌ Articles" 10000 || fail "reader did not start for the pager check"
pid=$(pgrep -n -f "$TIDINGS_BIN $ARTICLES")
tm send-keys -t handoff o
wait_until 2000 pgrep -P "$pid" >/dev/null || fail "the pager did not start"
pager=$(pgrep -P "$pid")
kill -TERM "$pid"
if wait_for handoff "READER-EXITED" 1000 && wait_gone "$TIDINGS_BIN $ARTICLES" 1000; then pass "SIGTERM during the pager: exited within a second"
else fail "SIGTERM during the pager: still running after a second"; fi
if [ -n "$pager" ] && kill -0 "$pager" 2>/dev/null; then fail "the pager outlived the reader"; pkill -P "$pager"; kill "$pager"; fi

# SIGTERM, SIGHUP and SIGINT: the terminal restored and the process gone within a second.
for signal in TERM HUP INT; do
    start_session "sig$signal" 100 30 "$RUN"
    wait_for "sig$signal" "┌ Articles" 10000 || fail "reader did not start for SIG$signal"
    pid=$(pgrep -n -f "$TIDINGS_BIN $ARTICLES")
    kill -"$signal" "$pid"
    if wait_for "sig$signal" "READER-EXITED" 1000 && wait_gone "$TIDINGS_BIN $ARTICLES" 1000; then
        pass "SIG$signal: exited within a second"
    else
        fail "SIG$signal: still running after a second"
    fi
    wait_for "sig$signal" "MODES:" 1000
    screen "sig$signal" | grep -q "MODES: echo icanon" && pass "SIG$signal: terminal restored" || fail "SIG$signal: terminal not restored: $(screen "sig$signal" | grep -e READER -e MODES)"
done

finish
