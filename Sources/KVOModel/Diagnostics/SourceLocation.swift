/// A position in a script: 1-based line and column (columns count characters, not bytes,
/// so a caret lands under the right letter in "Bedrijventerrein Zuidoost-é").
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
