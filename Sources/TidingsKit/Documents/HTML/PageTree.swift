import CLibXML2

/// The kinds of element extraction tells apart; every other element is `.inline`.
enum PageTag: UInt8 {
    case text, inline, p, div, section, article, main, body, h1, heading, li, list, dl, dd, dt, blockquote, pre,
         table, tr, cell, th, br, a, img, figure, figcaption, nav, aside, footer, header, form, control,
         dropped, address, hr, details

    /// Elements never read: code, styles, embedded objects, form controls, the document head.
    var isDropped: Bool { self == .dropped || self == .control }

    /// Elements that start and end a paragraph of the extracted text.
    var isBlock: Bool {
        switch self {
        case .text, .inline, .a, .br, .img: return false
        default: return true
        }
    }

    static func of(_ name: String) -> PageTag {
        switch name {
        case "p": return .p
        case "div": return .div
        case "section": return .section
        case "article": return .article
        case "main": return .main
        case "body": return .body
        case "h1": return .h1
        case "h2", "h3", "h4", "h5", "h6": return .heading
        case "li": return .li
        case "ul", "ol", "menu": return .list
        case "dl": return .dl
        case "dd": return .dd
        case "dt": return .dt
        case "blockquote": return .blockquote
        case "pre": return .pre
        case "table": return .table
        case "tr": return .tr
        case "td": return .cell
        case "th": return .th
        case "br": return .br
        case "a": return .a
        case "img", "picture", "video", "audio": return .img
        case "figure": return .figure
        case "figcaption": return .figcaption
        case "nav": return .nav
        case "aside": return .aside
        case "footer": return .footer
        case "header": return .header
        case "form": return .form
        case "input", "button", "select", "textarea", "option", "label", "fieldset", "dialog": return .control
        case "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
             "head", "title", "meta", "link", "frameset", "frame", "map": return .dropped
        case "address": return .address
        case "hr": return .hr
        case "details", "summary": return .details
        case "thead", "tbody", "tfoot", "caption", "center", "font", "span", "em", "strong", "b", "i", "u", "small",
             "sup", "sub", "cite", "q", "abbr", "time", "mark", "code", "s", "del", "ins", "big", "var", "kbd",
             "samp", "dfn", "bdi", "bdo", "wbr", "nobr", "tt", "strike", "font-size": return .inline
        default: return .inline
        }
    }
}

/// One node of a parsed page, in document order: an element or a run of text.
struct PageNode {
    var tag: PageTag
    /// The parent's index; -1 for the root.
    var parent: Int32
    /// The index after this node's last descendant: its subtree is `index..<end`.
    var end: Int32
    /// The element's class and id, lowercased, for the hints they give; empty when none.
    var hints: String = ""
    /// Hidden by an attribute or an inline style.
    var hidden = false
    /// A text node's text as written (white space not yet collapsed).
    var text: String = ""
}

/// What a page's head and markup say about it, before any choice among the candidates.
struct PageSignals {
    /// `<meta>` values by their lowercased `property`, `name` or `itemprop`, first one kept.
    var meta: [String: String] = [:]
    var canonical: String?
    var titleElement: String?
    var jsonLD: [String] = []
    /// `<time datetime>` values, those marked as the publication's first.
    var times: [String] = []
}

/// A page parsed by libxml2's HTML parser (it recovers from broken markup as browsers do, and
/// never expands entities an XHTML file declares), flattened into an array without recursion so
/// that 10,000 nested elements cost no stack.
struct PageTree {
    var nodes: [PageNode] = []
    var signals = PageSignals()

    /// `utf8` must be UTF-8 already: the page's own charset declaration is ignored.
    init?(utf8: [UInt8]) {
        // No limit on depth (the parser would drop everything below 256 levels; the walk below
        // needs no stack); the input is already bounded by the reader's size limit.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_HUGE.rawValue)
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        nodes.reserveCapacity(utf8.count / 40)
        flatten(root)
    }

    private mutating func flatten(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        var parent: Int32 = -1
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let index = Int32(nodes.count)
                nodes.append(element(current, parent: parent))
                if current.pointee.children != nil {
                    parent = index
                    descend = true
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    nodes.append(PageNode(tag: .text, parent: parent, end: Int32(nodes.count + 1),
                                          text: String(cString: content)))
                }
            default: break
            }
            if descend { node = current.pointee.children; continue }
            // Up until a node with a next sibling, closing each finished element's subtree.
            var climbing: xmlNodePtr? = current
            while let up = climbing, up.pointee.next == nil, up != root {
                climbing = up.pointee.parent
                if climbing != nil, parent >= 0 {
                    nodes[Int(parent)].end = Int32(nodes.count)
                    parent = nodes[Int(parent)].parent
                }
            }
            guard let up = climbing, up != root else { break }
            node = up.pointee.next
        }
        while parent >= 0 {
            nodes[Int(parent)].end = Int32(nodes.count)
            parent = nodes[Int(parent)].parent
        }
    }

    private mutating func element(_ pointer: xmlNodePtr, parent: Int32) -> PageNode {
        let name = String(cString: pointer.pointee.name)
        let tag = PageTag.of(name)
        var node = PageNode(tag: tag, parent: parent, end: Int32(nodes.count + 1))
        var attribute = pointer.pointee.properties
        var classes = "", identifier = ""
        var metaKey: String?, metaContent: String?, rel: String?, href: String?, type: String?, datetime: String?
        var published = false
        while let current = attribute {
            attribute = current.pointee.next
            let key = String(cString: current.pointee.name)
            let value = current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
            switch key {
            case "class": classes = value.lowercased()
            case "id": identifier = value.lowercased()
            case "hidden": node.hidden = true
            case "aria-hidden": if value == "true" { node.hidden = true }
            case "style":
                let style = value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { node.hidden = true }
            case "property", "name": if metaKey == nil || key == "property" { metaKey = value.lowercased() }
            case "itemprop":
                if metaKey == nil { metaKey = value.lowercased() }
                if value == "datePublished" { published = true }
            case "content": metaContent = value
            case "rel": rel = value.lowercased()
            case "href": href = value
            case "type": type = value.lowercased()
            case "datetime": datetime = value
            case "pubdate": published = true
            default: break
            }
        }
        node.hints = identifier.isEmpty ? classes : classes + " " + identifier
        switch name {
        case "meta":
            if let metaKey, let metaContent, signals.meta[metaKey] == nil { signals.meta[metaKey] = metaContent }
        case "link":
            if rel == "canonical", let href, signals.canonical == nil { signals.canonical = href }
        case "title":
            if signals.titleElement == nil { signals.titleElement = Self.textContent(pointer) }
        case "script":
            if type == "application/ld+json", let text = Self.textContent(pointer) { signals.jsonLD.append(text) }
        case "time":
            if let datetime {
                if published { signals.times.insert(datetime, at: 0) } else { signals.times.append(datetime) }
            }
        default: break
        }
        return node
    }

    private static func textContent(_ pointer: xmlNodePtr) -> String? {
        guard let content = xmlNodeGetContent(pointer) else { return nil }
        defer { tidings_xml_free(content) }
        return String(cString: content)
    }

    /// The text of a subtree, its white space collapsed.
    func text(of index: Int) -> String {
        var out = ""
        var space = false
        for node in nodes[index..<Int(nodes[index].end)] where node.tag == .text {
            for scalar in node.text.unicodeScalars {
                if scalar.properties.isWhitespace { space = !out.isEmpty; continue }
                if space { out.unicodeScalars.append(" "); space = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
