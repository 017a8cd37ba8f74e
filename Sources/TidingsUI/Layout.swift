/// The three panes.
public enum Pane: Int, CaseIterable, Sendable {
    case list, reading, timeline

    var context: KeyContext {
        switch self {
        case .list: .list
        case .reading: .reading
        case .timeline: .timeline
        }
    }
}

/// A pane's content area on the screen (inside its borders).
public struct PaneFrame: Equatable, Sendable {
    public var pane: Pane
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int
}

/// Where things go at a terminal size: a title line, the panes in a box, a status line.
/// 100 columns and more show three panes, 60 and more two (the reading pane and the list or
/// timeline, whichever was focused last), fewer only the focused pane, as does a maximized pane;
/// tiny sizes drop the box, then the title line. While the list has the focus it takes `split`
/// percent of the width (titles need room; the reading pane only previews).
public struct Layout: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var titleRow: Int?
    public var statusRow: Int?
    /// The box's top and bottom border rows, when there is a box.
    public var box: (top: Int, bottom: Int)?
    public var frames: [PaneFrame]

    public static func == (a: Layout, b: Layout) -> Bool {
        a.width == b.width && a.height == b.height && a.titleRow == b.titleRow && a.statusRow == b.statusRow
            && a.box?.top == b.box?.top && a.box?.bottom == b.box?.bottom && a.frames == b.frames
    }

    public static let threePaneWidth = 100
    public static let twoPaneWidth = 60
    /// The list's share of the width, in percent, while it has the focus.
    public static let defaultSplit = 40
    public static let splitRange = 20...70

    public init(width: Int, height: Int, focus: Pane, side: Pane, maximized: Bool = false, split: Int = Layout.defaultSplit) {
        self.width = max(0, width)
        self.height = max(0, height)
        frames = []
        guard width > 0, height > 0 else { return }
        statusRow = height - 1
        titleRow = height >= 3 ? 0 : nil
        let top = titleRow == nil ? 0 : 1
        let bottom = height - 2
        guard bottom >= top else { return }
        if height >= 5, width >= 10 {
            box = (top, bottom)
            let y = top + 1
            let rows = bottom - top - 1
            var panes: [(Pane, Int)]
            if maximized || width < Layout.twoPaneWidth {
                panes = [(focus, width - 2)]
            } else if width >= Layout.threePaneWidth {
                let side = (width - 4) * 27 / 100
                let list = focus == .list ? (width - 4) * split / 100 : side
                let timeline = focus == .list ? (width - 4) * 22 / 100 : side
                panes = [(.list, list), (.reading, width - 4 - list - timeline), (.timeline, timeline)]
            } else {
                let sideWidth = (width - 3) * (focus == .list ? split : 36) / 100
                panes = [(side == .timeline ? .timeline : .list, sideWidth), (.reading, width - 3 - sideWidth)]
                if side == .timeline { panes.reverse() }
            }
            var x = 1
            for (pane, paneWidth) in panes {
                frames.append(PaneFrame(pane: pane, x: x, y: y, width: paneWidth, height: rows))
                x += paneWidth + 1
            }
        } else {
            frames = [PaneFrame(pane: focus, x: 0, y: top, width: width, height: bottom - top + 1)]
        }
    }

    public func frame(of pane: Pane) -> PaneFrame? { frames.first { $0.pane == pane } }
}
