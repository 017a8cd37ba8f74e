/// Finds a page's article body as a reader view does (Readability's scoring): paragraphs score
/// their ancestors by their length and commas, scores are cut by link density and moved by
/// class and id hints, the best block wins with the siblings that belong to it, and inside it
/// the blocks that look like boilerplate (link lists, share bars, forms) are dropped.
struct ContentExtractor {
    let tree: PageTree
    private var nodes: [PageNode] { tree.nodes }
    /// Per node: left out of the text (dropped, hidden or, in the strict pass, unlikely).
    private var excluded: [Bool] = []
    private var textLength: [Int32] = []
    private var linkLength: [Int32] = []
    private var commas: [Int32] = []
    private var paragraphs: [Int32] = []
    private var images: [Int32] = []
    private var items: [Int32] = []
    private var rows: [Int32] = []
    private var score: [Double] = []
    private var scored: [Bool] = []

    init(tree: PageTree) {
        self.tree = tree
    }

    /// The body's paragraphs; `title` is left out when the page repeats it as a heading.
    static func paragraphs(of tree: PageTree, title: String?) -> [String] {
        guard !tree.nodes.isEmpty else { return [] }
        var strict = ContentExtractor(tree: tree)
        let first = strict.run(dropUnlikely: true, title: title)
        if first.reduce(0, { $0 + $1.count }) >= 500 { return first }
        var lenient = ContentExtractor(tree: tree)
        let second = lenient.run(dropUnlikely: false, title: title)
        return second.reduce(0, { $0 + $1.count }) > first.reduce(0, { $0 + $1.count }) ? second : first
    }

    private mutating func run(dropUnlikely: Bool, title: String?) -> [String] {
        markExcluded(dropUnlikely: dropUnlikely)
        measure()
        let top = bestCandidate()
        var selected: [Int] = []
        let parent = Int(nodes[top].parent)
        if parent >= 0 {
            let threshold = max(10, score[top] * 0.2)
            for child in elementChildren(of: parent) where !excluded[child] {
                if child == top || keepsSibling(child, of: top, threshold: threshold) { selected.append(child) }
            }
        } else {
            selected = [top]
        }
        var writer = ParagraphWriter(tree: tree)
        let measured = self
        for index in selected { writer.write(index, skip: measured.isBoilerplate) }
        var out = writer.finish()
        if let title, let first = out.firstIndex(where: { $0 == title }), first < 3 { out.remove(at: first) }
        return out
    }

    // MARK: exclusion and measures

    private mutating func markExcluded(dropUnlikely: Bool) {
        excluded = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices {
            let node = nodes[index]
            let parent = Int(node.parent)
            if parent >= 0, excluded[parent] { excluded[index] = true; continue }
            if node.tag.isDropped || node.hidden || node.tag == .nav || node.tag == .aside { excluded[index] = true; continue }
            if dropUnlikely, node.tag != .body, node.tag != .a, node.tag != .text, ClassHints.isUnlikely(node.hints) {
                excluded[index] = true
            }
        }
    }

    private mutating func measure() {
        let count = nodes.count
        textLength = [Int32](repeating: 0, count: count)
        linkLength = [Int32](repeating: 0, count: count)
        commas = [Int32](repeating: 0, count: count)
        paragraphs = [Int32](repeating: 0, count: count)
        images = [Int32](repeating: 0, count: count)
        items = [Int32](repeating: 0, count: count)
        rows = [Int32](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) where !excluded[index] {
            let node = nodes[index]
            if node.tag == .text {
                let (length, commaCount) = Self.measure(node.text)
                textLength[index] = length
                commas[index] = commaCount
            }
            if node.tag == .a { linkLength[index] = textLength[index] }
            switch node.tag {
            case .p: paragraphs[index] += 1
            case .img: images[index] += 1
            case .li: items[index] += 1
            case .tr: rows[index] += 1
            default: break
            }
            let parent = Int(node.parent)
            guard parent >= 0 else { continue }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            commas[parent] += commas[index]
            paragraphs[parent] += paragraphs[index]
            images[parent] += images[index]
            items[parent] += items[index]
            rows[parent] += rows[index]
        }
    }

    /// A text's length with each run of white space counted once, and its commas.
    static func measure(_ text: String) -> (Int32, Int32) {
        var length: Int32 = 0, commas: Int32 = 0
        var inSpace = true
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if !inSpace { length += 1; inSpace = true }
                continue
            }
            inSpace = false
            if byte & 0xC0 != 0x80 { length += 1 }
            if byte == 0x2C { commas += 1 }
        }
        if !inSpace || length == 0 { return (length, commas) }
        return (length - 1, commas)
    }

    private func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
    }

    // MARK: scoring

    private func isParagraphLike(_ index: Int) -> Bool {
        switch nodes[index].tag {
        case .p, .pre, .cell, .heading: return true
        case .text:
            // Text written straight into a block among other blocks is a paragraph without its tag.
            let parent = Int(nodes[index].parent)
            guard parent >= 0 else { return false }
            switch nodes[parent].tag {
            case .div, .section, .article, .main, .cell: return !isParagraphLike(parent)
            default: return false
            }
        case .div, .section:
            // A div holding only inline content is a paragraph in all but name.
            let end = Int(nodes[index].end)
            var child = index + 1
            while child < end {
                switch nodes[child].tag {
                case .p, .div, .section, .article, .list, .dl, .blockquote, .pre, .table, .figure, .heading, .h1: return false
                default: child += 1
                }
            }
            return true
        default: return false
        }
    }

    private mutating func touch(_ index: Int) {
        guard !scored[index] else { return }
        scored[index] = true
        var base = 0.0
        switch nodes[index].tag {
        case .div, .article, .main: base = 5
        case .pre, .cell, .blockquote: base = 3
        case .address, .list, .dl, .dd, .dt, .li, .form: base = -3
        case .h1, .heading, .th: base = -5
        default: break
        }
        score[index] = base + ClassHints.weight(nodes[index].hints)
    }

    private mutating func bestCandidate() -> Int {
        score = [Double](repeating: 0, count: nodes.count)
        scored = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices where !excluded[index] && isParagraphLike(index) {
            let length = textLength[index]
            guard length >= 25 else { continue }
            let points = 1 + Double(commas[index]) + min(Double(length / 100), 3)
            var ancestor = Int(nodes[index].parent)
            var level = 0
            while ancestor >= 0, level < 5 {
                touch(ancestor)
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[ancestor] += points / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        var ranked: [(index: Int, score: Double)] = []
        for index in nodes.indices where scored[index] {
            score[index] *= 1 - linkDensity(index)
            ranked.append((index, score[index]))
        }
        ranked.sort { $0.score > $1.score }
        guard var top = ranked.first?.index else {
            return nodes.firstIndex(where: { $0.tag == .body }) ?? 0
        }
        // Several strong candidates under one ancestor: the article is that ancestor.
        let alternatives = ranked.dropFirst().prefix(4).filter { $0.score / ranked[0].score >= 0.75 }.map(\.index)
        if alternatives.count >= 3 {
            var ancestor = Int(nodes[top].parent)
            while ancestor >= 0, nodes[ancestor].tag != .body {
                let inside = alternatives.filter { contains(ancestor, $0) }.count
                if inside >= 3 { top = ancestor; break }
                ancestor = Int(nodes[ancestor].parent)
            }
        }
        if !scored[top] { touch(top) }
        // Climb while the parents score about as well: the body may be split over them.
        var last = score[top]
        var parent = Int(nodes[top].parent)
        while parent >= 0, nodes[parent].tag != .body {
            if !scored[parent] { parent = Int(nodes[parent].parent); continue }
            let parentScore = score[parent]
            if parentScore < last / 3 { break }
            if parentScore > last { top = parent; break }
            last = parentScore
            parent = Int(nodes[parent].parent)
        }
        // A lone child stands for its parent.
        parent = Int(nodes[top].parent)
        while parent >= 0, nodes[parent].tag != .body, elementChildren(of: parent).filter({ !excluded[$0] }).count == 1 {
            top = parent
            parent = Int(nodes[top].parent)
        }
        return top
    }

    private func contains(_ ancestor: Int, _ index: Int) -> Bool {
        index > ancestor && index < Int(nodes[ancestor].end)
    }

    private func elementChildren(of parent: Int) -> [Int] {
        var children: [Int] = []
        var child = parent + 1
        let end = Int(nodes[parent].end)
        while child < end {
            if nodes[child].tag != .text { children.append(child) }
            child = Int(nodes[child].end)
        }
        return children
    }

    private func keepsSibling(_ sibling: Int, of top: Int, threshold: Double) -> Bool {
        var bonus = 0.0
        if !nodes[top].hints.isEmpty, nodes[sibling].hints == nodes[top].hints { bonus = score[top] * 0.2 }
        if scored[sibling], score[sibling] + bonus >= threshold { return true }
        guard nodes[sibling].tag == .p else { return false }
        let length = textLength[sibling]
        let density = linkDensity(sibling)
        if length > 80 { return density < 0.25 }
        let text = tree.text(of: sibling)
        return length > 0 && density == 0 && (text.hasSuffix(".") || text.contains(". "))
    }

    // MARK: boilerplate inside the article

    /// Readability's conditional cleaning: a block inside the article that reads as a link list,
    /// a gallery, a form or an advertisement is left out.
    private func isBoilerplate(_ index: Int) -> Bool {
        if excluded[index] { return true }
        let node = nodes[index]
        if node.tag == .figcaption { return true }
        if paragraphs[index] <= 1, textLength[index] < 300, ClassHints.isFurniture(node.hints) { return true }
        switch node.tag {
        case .footer, .form, .header: break
        case .div, .section, .list, .table, .aside, .figure: break
        case .heading, .h1: return ClassHints.weight(node.hints) < 0
        default: return false
        }
        if node.hints.contains("share"), textLength[index] < 500 { return true }
        let weight = ClassHints.weight(node.hints)
        if weight + (scored[index] ? score[index] : 0) < 0 { return true }
        if node.tag == .table, rows[index] > 1 { return false }
        guard commas[index] < 10 else { return false }
        let p = paragraphs[index] - (node.tag == .p ? 1 : 0)
        let images = self.images[index]
        let items = self.items[index] - 100
        let length = Int(textLength[index])
        let density = linkDensity(index)
        let isList = node.tag == .list
        if node.tag == .footer || node.tag == .header { return p == 0 || density > 0.3 || length < 200 }
        return (node.tag != .figure && images > 1 && Double(p) / Double(images) < 0.5)
            || (!isList && items > p)
            || (!isList && length < 25 && (images == 0 || images > 2) && density > 0)
            || (!isList && weight < 25 && density > 0.2)
            || (weight >= 25 && density > 0.5)
            || (isList && density > 0.5)
    }
}
