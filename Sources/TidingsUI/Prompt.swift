import TidingsKit

/// A line of input being typed in the status bar: a search or a filter, with the session's
/// earlier entries on Up and Down, and `@names` completed by Tab in a filter.
public struct Prompt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case search(Pane)
        case filter
    }

    public var kind: Kind
    public var text = ""
    /// The history entry shown (Up/Down), and what had been typed before going there.
    var recalled: Int?
    var draft = ""
    /// Tab's choices for the `@name` being typed: the text before the name, the names, the one shown.
    var completion: (stem: String, names: [String], index: Int)?

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    public static func == (a: Prompt, b: Prompt) -> Bool {
        a.kind == b.kind && a.text == b.text && a.recalled == b.recalled && a.draft == b.draft
            && a.completion?.stem == b.completion?.stem && a.completion?.names == b.completion?.names
            && a.completion?.index == b.completion?.index
    }

    var label: String {
        switch kind {
        case .search: "/"
        case .filter: "filter: "
        }
    }

    /// The other names Tab would give, to show after the text.
    var choices: String? {
        guard let completion, completion.names.count > 1 else { return nil }
        return "Tab \(completion.index + 1)/\(completion.names.count): " + completion.names.joined(separator: " · ")
    }
}

/// What was entered at the prompts this session, oldest first: searches (of the list and the
/// article alike) and filters.
public struct PromptHistory: Sendable {
    private var searches: [String] = []
    private var filters: [String] = []
    static let limit = 100

    subscript(kind: Prompt.Kind) -> [String] {
        get { kind == .filter ? filters : searches }
        set { if kind == .filter { filters = newValue } else { searches = newValue } }
    }

    /// Adds an entry as the newest, once.
    mutating func add(_ text: String, kind: Prompt.Kind) {
        guard !text.trimmed().isEmpty else { return }
        var entries = self[kind]
        entries.removeAll { $0 == text }
        entries.append(text)
        self[kind] = Array(entries.suffix(PromptHistory.limit))
    }
}

extension AppState {
    mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var prompt else { return [] }
        if key != .tab, key != .backTab { prompt.completion = nil }
        switch key {
        case .escape:
            self.prompt = nil
            return []
        case .enter:
            self.prompt = nil
            promptHistory.add(prompt.text, kind: prompt.kind)
            switch prompt.kind {
            case .search(let pane):
                guard !prompt.text.isEmpty else { return [] }
                if pane == .reading { searchArticle(prompt.text) } else { searchCorpus(prompt.text) }
            case .filter:
                setFilter(typed: prompt.text)
            }
            return []
        case .backspace, .delete:
            if prompt.text.isEmpty {
                self.prompt = nil
                return []
            }
            prompt.text.removeLast()
            prompt.recalled = nil
        case .control("u"):
            prompt.text = ""
            prompt.recalled = nil
        case .character(let scalar):
            prompt.text.unicodeScalars.append(scalar)
            prompt.recalled = nil
        case .up, .down:
            recall(in: &prompt, older: key == .up)
        case .tab, .backTab:
            if prompt.kind == .filter { complete(&prompt, forward: key == .tab) }
        default:
            break
        }
        self.prompt = prompt
        return []
    }

    /// Up and Down: the previous or next entry of the history, and past the newest what was typed.
    private func recall(in prompt: inout Prompt, older: Bool) {
        let entries = promptHistory[prompt.kind]
        guard !entries.isEmpty else { return }
        if older {
            if prompt.recalled == nil { prompt.draft = prompt.text }
            let index = max(0, (prompt.recalled ?? entries.count) - 1)
            prompt.recalled = index
            prompt.text = entries[index]
        } else if let index = prompt.recalled {
            if index + 1 < entries.count {
                prompt.recalled = index + 1
                prompt.text = entries[index + 1]
            } else {
                prompt.recalled = nil
                prompt.text = prompt.draft
            }
        }
    }

    /// Tab after `@` and the start of a name: the names of the corpus that complete it, one
    /// after another at each Tab (Shift-Tab goes back).
    private func complete(_ prompt: inout Prompt, forward: Bool) {
        if var completion = prompt.completion {
            let count = completion.names.count
            completion.index = (completion.index + (forward ? 1 : count - 1)) % count
            prompt.text = completion.stem + completion.names[completion.index]
            prompt.completion = completion
            return
        }
        guard let at = prompt.text.lastIndex(of: "@") else { return }
        let stem = String(prompt.text[...at])
        let names = corpusTimeline.entityNames(completing: String(prompt.text[prompt.text.index(after: at)...]))
        guard !names.isEmpty else { return }
        prompt.text = stem + names[0]
        prompt.completion = (stem, names, 0)
        prompt.recalled = nil
    }
}
