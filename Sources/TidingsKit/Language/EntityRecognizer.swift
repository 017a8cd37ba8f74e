/// Finds entity mentions of people, organizations, places, groups and other names.
public struct EntityRecognizer: Sendable {
    public static let shared = EntityRecognizer()

    public init() {}

    public func recognize(_ text: AnalyzedText) -> [EntityMention] {
        []
    }
}
