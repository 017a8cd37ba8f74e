import CNcurses
#if canImport(Glibc)
import Glibc
#endif
import TidingsUI

/// The terminal through ncursesw: set up, paint grids by changed cells only, read keys,
/// suspend and restore. Every call happens on the main thread.
final class Terminal {
    private(set) var width = 0
    private(set) var height = 0
    private var painted: Grid?
    private var attributes: [(attr: attr_t, pair: Int16)] = []
    private var active = false
    let mouse: Bool

    /// Starts curses. A locale that is not UTF-8 (common over SSH) falls back to C.UTF-8, or
    /// every non-ASCII character would vanish.
    init(theme: Theme, mouse: Bool) {
        setlocale(LC_ALL, "")
        if tidings_is_utf8_locale() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        self.mouse = mouse
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        initscr()
        active = true
        cbreak()
        noecho()
        nonl()
        intrflush(tidings_stdscr(), false)
        keypad(tidings_stdscr(), true)
        nodelay(tidings_stdscr(), true)
        idlok(tidings_stdscr(), true)
        curs_set(0)
        if mouse {
            mousemask(tidings_mouse_events(), nil)
            mouseinterval(0)
        }
        useTheme(theme)
        updateSize()
    }

    /// Colors as deep as the terminal has, none with `NO_COLOR`; 24 bits where the terminal
    /// description takes color numbers as RGB values (`xterm-direct`: the `RGB` flag).
    var depth: ColorDepth {
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return .none }
        guard has_colors() else { return .none }
        // COLORS is only known once colors are started.
        start_color()
        return ColorDepth(colors: Int(tidings_colors()), trueColor: directColor)
    }

    private var directColor: Bool { tigetflag("RGB") > 0 || tidings_colors() >= 1 << 24 }

    func useTheme(_ theme: Theme) {
        let depth = self.depth
        let direct = depth == .trueColor
        if depth > .none { use_default_colors() }
        var pairs: [Style: Int16] = [:]
        attributes = theme.resolved(for: depth).map { style in
            var attr = tidings_a_normal()
            if style.bold { attr |= tidings_a_bold() }
            if style.underline { attr |= tidings_a_underline() }
            if style.italic { attr |= tidings_a_italic() }
            if style.reverse { attr |= tidings_a_reverse() }
            if style.dim { attr |= tidings_a_dim() }
            guard depth > .none, style.foreground != .terminalDefault || style.background != .terminalDefault else {
                return (attr, 0)
            }
            let key = Style(foreground: style.foreground, background: style.background)
            if let pair = pairs[key] { return (attr, pair) }
            let pair = Int16(pairs.count + 1)
            guard Int32(pair) < tidings_color_pairs() else { return (attr, 0) }
            init_extended_pair(Int32(pair), Terminal.number(style.foreground, direct: direct),
                               Terminal.number(style.background, direct: direct))
            pairs[key] = pair
            return (attr, pair)
        }
        painted = nil
    }

    /// The number curses takes for a color: a palette index, or on a direct-color terminal the
    /// RGB value itself (whose terminal description still sends numbers under 8 as the basic colors).
    static func number(_ color: Color, direct: Bool) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let index) where !direct || index < 8: return Int32(index)
        case .indexed, .rgb:
            let (r, g, b) = color.rgbValue
            return max(8, Int32(r << 16 | g << 8 | b))
        }
    }

    func updateSize() {
        height = Int(getmaxy(tidings_stdscr()))
        width = Int(getmaxx(tidings_stdscr()))
    }

    /// After SIGWINCH: asks the kernel for the size and tells curses.
    func resize() {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        }
        updateSize()
        painted = nil
    }

    /// Paints the cells that differ from what is on the screen, then one doupdate.
    func paint(_ grid: Grid) {
        guard let window = tidings_stdscr() else { return }
        let previous = painted.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { werase(window) }
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let cell = grid[row, column]
                if let previous, previous[row, column] == cell, !(column + 1 < grid.width
                    && grid[row, column + 1].isContinuation && previous[row, column + 1] != grid[row, column + 1]) {
                    column += 1
                    continue
                }
                if cell.isContinuation {
                    // Changed right half: repaint the wide character it belongs to.
                    if column > 0 { draw(grid[row, column - 1], row: row, column: column - 1, in: window) }
                } else if row < height, column < width, !(row == height - 1 && column == width - 1) {
                    draw(cell, row: row, column: column, in: window)
                } else if row == height - 1, column == width - 1 {
                    // The bottom-right cell would scroll the screen when written with wadd.
                    let (attr, pair) = attributes[Int(cell.style)]
                    var text: [wchar_t] = [wchar_t(cell.scalar.value), 0]
                    var c = cchar_t()
                    setcchar(&c, &text, attr, pair, nil)
                    mvwins_wch(window, Int32(row), Int32(column), &c)
                }
                column += 1
            }
        }
        painted = grid
        wnoutrefresh(window)
        doupdate()
    }

    private func draw(_ cell: Cell, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>) {
        let (attr, pair) = attributes[Int(cell.style) < attributes.count ? Int(cell.style) : 0]
        _ = tidings_put_cell(window, Int32(row), Int32(column), cell.scalar.value, attr, pair)
    }

    /// Forgets what is on the screen so the next paint draws everything (Ctrl-L, after a pager).
    func invalidate() {
        painted = nil
        clearok(tidings_stdscr(), true)
    }

    enum Input {
        case key(Key)
        case click(row: Int, column: Int)
        case wheel(row: Int, column: Int, down: Bool)
        case resize
    }

    /// The next input waiting, nil when there is none (ERR).
    func read() -> Input?? {
        var value: wint_t = 0
        let status = wget_wch(tidings_stdscr(), &value)
        if status == ERR { return nil }
        if status == KEY_CODE_YES {
            switch Int32(value) {
            case KEY_RESIZE: return .some(.resize)
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return .some(nil) }
                if tidings_mouse_is_click(event.bstate) != 0 { return .some(.click(row: Int(event.y), column: Int(event.x))) }
                if tidings_mouse_is_wheel_up(event.bstate) != 0 { return .some(.wheel(row: Int(event.y), column: Int(event.x), down: false)) }
                if tidings_mouse_is_wheel_down(event.bstate) != 0 { return .some(.wheel(row: Int(event.y), column: Int(event.x), down: true)) }
                return .some(nil)
            default:
                return .some(Terminal.functionKey(Int32(value)).map { .key($0) })
            }
        }
        return .some(Terminal.characterKey(UInt32(value)).map { .key($0) })
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        default:
            (1...12).first { tidings_key_f(Int32($0)) == code }.map { .function($0) }
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Unicode.Scalar(value + 96)!)
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(scalar)
        }
    }

    /// Leaves curses for a program that needs the terminal (a pager, Ctrl-Z).
    func leave() {
        guard active else { return }
        if mouse { mousemask(0, nil) }
        def_prog_mode()
        endwin()
        active = false
    }

    /// Back from `leave()`.
    func resume() {
        guard !active else { return }
        reset_prog_mode()
        if mouse { mousemask(tidings_mouse_events(), nil) }
        active = true
        resize()
        invalidate()
    }

    /// Restores the terminal for good.
    func close() {
        guard active else { return }
        if mouse { mousemask(0, nil) }
        endwin()
        active = false
    }

    /// Writes bytes straight to the terminal (OSC 52), outside curses' buffer.
    func writeRaw(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(1, $0.baseAddress!, $0.count) }
            if n <= 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }
}
