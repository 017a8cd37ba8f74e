/// One cell of the screen grid: a scalar and the style it is drawn in.
public struct Cell: Hashable, Sendable {
    public var scalar: Unicode.Scalar
    public var style: UInt16

    public init(_ scalar: Unicode.Scalar = " ", style: UInt16 = 0) {
        self.scalar = scalar
        self.style = style
    }
}
