import Foundation
import TidingsKit

/// Sentences of timeline events read back from the store, kept for the rows a reader goes back
/// and forth over: a timeline that keeps no sentences asks for each row's only once.
final class SentenceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var sentences: [String: String] = [:]
    /// Many screens' worth; past it the cache starts again rather than tracking use.
    static let capacity = 2048

    func sentence(of id: String, reading read: () -> String?) -> String {
        if let known = lock.withLock({ sentences[id] }) { return known }
        let sentence = read() ?? ""
        lock.withLock {
            if sentences.count >= Self.capacity { sentences.removeAll(keepingCapacity: true) }
            sentences[id] = sentence
        }
        return sentence
    }

    /// Forgets every sentence (articles changed).
    func removeAll() {
        lock.withLock { sentences.removeAll() }
    }
}

extension AppState {
    /// What the timeline shows of an event: the article's title for its publication, else its
    /// sentence (read from the store when the timeline keeps none).
    func eventText(_ event: TimelineEvent) -> String {
        if event.event.kind == .published { return event.title }
        if corpusTimeline.keepsSentences { return event.event.text }
        return sentences.sentence(of: event.id) {
            store.text(path: event.path, start: event.event.start, end: event.event.end)
        }
    }
}
