/// Turns the chosen part of a page into the text reader's paragraphs: each block element
/// (paragraph, heading, list item, quote, table row) is one paragraph, its white space collapsed
/// as a browser collapses it; table cells are joined on their row, line breaks kept.
struct ParagraphWriter {
    let tree: PageTree
    private var paragraphs: [String] = []
    private var current = ""
    private var pendingSpace = false

    init(tree: PageTree) {
        self.tree = tree
    }

    /// Writes the subtree at `root`, leaving out those of its descendants `skip` names.
    mutating func write(_ root: Int, skip: (Int) -> Bool) {
        let nodes = tree.nodes
        var openBlocks: [Int] = []
        var index = root
        let end = Int(nodes[root].end)
        flush()
        while index < end {
            while let last = openBlocks.last, index >= Int(nodes[last].end) {
                openBlocks.removeLast()
                flush()
            }
            let node = nodes[index]
            switch node.tag {
            case .text:
                append(node.text)
                index += 1
                continue
            case .br:
                if !current.isEmpty { current += "\n" }
                pendingSpace = false
            case .cell, .th:
                pendingSpace = true
            default:
                break
            }
            if index != root, skip(index) {
                index = Int(node.end)
                continue
            }
            if node.tag.isBlock, node.tag != .cell, node.tag != .th {
                flush()
                openBlocks.append(index)
            }
            index += 1
        }
        flush()
    }

    private mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !current.isEmpty, current.unicodeScalars.last != "\n" { current.unicodeScalars.append(" ") }
            pendingSpace = false
            current.unicodeScalars.append(scalar)
        }
    }

    private mutating func flush() {
        if !current.isEmpty { paragraphs.append(current) }
        current = ""
        pendingSpace = false
    }

    mutating func finish() -> [String] {
        flush()
        return paragraphs
    }
}
