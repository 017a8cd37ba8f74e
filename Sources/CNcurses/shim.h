#ifndef TIDINGS_CNCURSES_SHIM_H
#define TIDINGS_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals that Swift cannot import, or rejects under strict concurrency.
int wcwidth(wchar_t c);

static inline WINDOW *tidings_stdscr(void) { return stdscr; }
static inline int tidings_lines(void) { return LINES; }
static inline int tidings_cols(void) { return COLS; }
static inline attr_t tidings_a_normal(void) { return A_NORMAL; }
static inline attr_t tidings_a_bold(void) { return A_BOLD; }
static inline attr_t tidings_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tidings_a_reverse(void) { return A_REVERSE; }
static inline attr_t tidings_a_dim(void) { return A_DIM; }
static inline attr_t tidings_a_italic(void) { return A_ITALIC; }
static inline int tidings_key_f(int n) { return KEY_F(n); }
static inline int tidings_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

#endif
