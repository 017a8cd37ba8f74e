/// Something wrong with an input that did not stop it from being read (or that skipped it).
public struct ReadWarning: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case invalidUTF8, windows1252, utf16, invalidUTF16, byteOrderMark, binary, empty, truncated, unreadable,
             symlinkLoop, nonUTF8Name, vanished, changedWhileReading, notAFile, controlCharacters, headerDate
    }
    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
