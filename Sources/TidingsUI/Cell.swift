import Foundation

/// One cell of the screen grid: a scalar and the style it is drawn in.
public struct Cell: Hashable, Sendable {
    public var scalar: Unicode.Scalar
    public var style: UInt16

    public init(_ scalar: Unicode.Scalar = " ", style: UInt16 = 0) {
        self.scalar = scalar
        self.style = style
    }

    public init(_ scalar: Unicode.Scalar, role: StyleRole) {
        self.init(scalar, style: role.rawValue)
    }

    /// The right half of a wide character: painted by the character to its left.
    public static let continuationScalar = Unicode.Scalar(UInt8(0))

    public var isContinuation: Bool { scalar == Cell.continuationScalar }

    public var role: StyleRole { StyleRole(rawValue: style) ?? .normal }

    /// A character and a combining mark as the one scalar Unicode composes them into (e and
    /// U+0301 make é), for a cell holds one scalar; nil when there is none.
    static func composed(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        guard mark.properties.canonicalCombiningClass != .notReordered, base != continuationScalar else { return nil }
        var pair = String.UnicodeScalarView([base])
        pair.append(mark)
        let composed = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
        guard composed.count == 1, let scalar = composed.first, CellWidth.of(scalar) == 1 else { return nil }
        return scalar
    }
}
