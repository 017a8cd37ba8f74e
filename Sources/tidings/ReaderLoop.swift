#if canImport(Glibc)
import Glibc
#endif
import TidingsKit
import TidingsUI

/// glibc's `malloc_trim`, which its Swift module leaves out.
@_silgen_name("malloc_trim") private func releaseFreedMemory(_ pad: Int) -> Int32

/// The reader's one thread of terminal work: paint, then wait on poll() for keys, signals and
/// the feed's wake-ups; nothing is written while nothing happens.
final class ReaderLoop {
    private var state: AppState
    private let terminal: Terminal
    private let library: Library
    private var dirty = true
    private var running = true
    /// Consecutive reads that found nothing although poll() said the terminal was readable:
    /// a hung-up terminal does that forever.
    private var emptyReads = 0
    /// For benchmarks: a private OSC sequence after each handled input, so a driver can tell
    /// when the screen is painted.
    private let frameMark = ReaderPaths.environment("TIDINGS_FRAME_MARK") != nil
    private let timelineBuilder = TimelineBuilder()
    /// Changes since the library loaded, for the timeline being built from what it loaded.
    private var changesSinceLoad: [LibraryUpdate] = []

    init(state: AppState, terminal: Terminal, library: Library) {
        self.state = state
        self.state.buildsTimelineOnLoad = false
        self.terminal = terminal
        self.library = library
    }

    func run() {
        while running {
            if dirty {
                terminal.paint(Screen.render(state))
                dirty = false
            }
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: TerminalSignals.readEnd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: library.wakeFileDescriptor, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: timelineBuilder.fileDescriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(fds.count), -1)
            if ready < 0, errno != EINTR { break }
            handleSignals()
            if fds[2].revents != 0 {
                for update in library.drainUpdates() { apply(update) }
                dirty = true
            }
            if fds[3].revents != 0, let timeline = timelineBuilder.take() {
                state.install(timeline: timeline, replaying: changesSinceLoad)
                changesSinceLoad = []
                dirty = true
                // Loading and linking left freed memory behind; give it back to the system.
                _ = releaseFreedMemory(0)
            }
            if running, fds[0].revents != 0 { handleInput(fds[0].revents) }
        }
        // q and the signals that end the reader alike: the next start opens this place.
        if let place = state.placeToKeep { library.setPlace(article: place.path, position: place.offset) }
    }

    private func apply(_ update: LibraryUpdate) {
        state.apply(update)
        switch update {
        case .loaded:
            changesSinceLoad = []
            // The list holds rows; the builder reads the entities and events a slice at a time.
            // Sentences are read back from the cache when shown, when there is one.
            timelineBuilder.build(keepsSentences: !library.hasCache) { [library] builder in
                library.forEachCompleteSlice { builder.add($0) }
            }
        case .added, .changed, .removed:
            if state.timelinePending { changesSinceLoad.append(update) }
        case .notice, .scanned, .skipped:
            break
        }
    }

    private func handleSignals() {
        for signal in TerminalSignals.drain() {
            switch signal {
            case SIGWINCH:
                terminal.resize()
                state.resize(width: terminal.width, height: terminal.height)
                dirty = true
            case SIGTSTP:
                suspend()
            case SIGCONT:
                terminal.invalidate()
                dirty = true
            default:
                running = false
            }
        }
    }

    private func handleInput(_ events: Int16) {
        var handled = 0
        while running, let input = terminal.read() {
            handled += 1
            guard let input else { continue }
            switch input {
            case .key(let key): perform(state.handle(key))
            case .click(let row, let column): state.click(row: row, column: column)
            case .wheel(let row, let column, let down): state.wheel(row: row, column: column, down: down)
            case .resize:
                terminal.updateSize()
                state.resize(width: terminal.width, height: terminal.height)
            }
            dirty = true
        }
        if handled == 0 {
            emptyReads += 1
            if events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 || emptyReads >= 3 { running = false }
        } else {
            emptyReads = 0
        }
        if frameMark, running {
            terminal.paint(Screen.render(state))
            dirty = false
            terminal.writeRaw(Array("\u{1B}]7777;frame\u{07}".utf8))
        }
    }

    private func perform(_ effects: [Effect]) {
        // Read marks are saved together: marking a whole list read is one write.
        let marks = effects.compactMap { effect -> (path: String, read: Bool)? in
            if case .setRead(let path, let read) = effect { return (path, read) }
            return nil
        }
        for read in [true, false] {
            let paths = marks.filter { $0.read == read }.map(\.path)
            if !paths.isEmpty { library.setRead(paths, read) }
        }
        for effect in effects {
            switch effect {
            case .quit:
                running = false
            case .redraw:
                terminal.invalidate()
            case .copy(let text):
                terminal.writeRaw(HandOff.clipboardSequence(text))
                // Inside tmux, "copied" is true only if tmux's options pass the copy on.
                if TmuxOptions.isInside, let hint = ClipboardReach.tmuxHint(
                    setClipboard: TmuxOptions.value("set-clipboard"),
                    allowPassthrough: TmuxOptions.value("allow-passthrough", window: true)) {
                    state.apply(.notice(hint))
                }
            case .page(let path):
                let file = PagerText.file(for: path)
                handOff(variable: "PAGER", fallback: "less", argument: file.path)
                if file.temporary { unlink(file.path) }
            case .edit(let path):
                handOff(variable: "EDITOR", fallback: "vi", argument: path)
            case .browse(let url):
                handOff(variable: "BROWSER", fallback: nil, argument: url)
            case .setRead:
                break
            case .opened(let path):
                library.setPlace(article: path, position: state.placeToKeep?.offset ?? 0)
            }
        }
    }

    private func handOff(variable: String, fallback: String?, argument: String) {
        terminal.leave()
        TerminalSignals.ignoreInterrupts(true)
        let problem = HandOff.run(variable: variable, fallback: fallback, argument: argument)
        TerminalSignals.ignoreInterrupts(false)
        terminal.resume()
        state.resize(width: terminal.width, height: terminal.height)
        if let problem { state.apply(.notice(problem)) }
    }

    /// Ctrl-Z: give the terminal back to the shell, stop, and take it again on `fg`.
    private func suspend() {
        terminal.leave()
        TerminalSignals.stopSelf()
        terminal.resume()
        state.resize(width: terminal.width, height: terminal.height)
        dirty = true
    }
}
