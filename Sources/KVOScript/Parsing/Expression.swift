import KVOModel

/// An expression with the place it was written, for error messages.
package struct Expression: Sendable {
    package indirect enum Kind: Sendable {
        case literal(Value)
        case variable(String)
        case list([Expression])
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        case member(Expression, name: String, at: SourceLocation)
        case call(name: String, [Expression])
        case index(Expression, Expression)
    }

    package var kind: Kind
    package var location: SourceLocation
    /// Offsets in the source's unicode scalars: [start, end).
    package var start: Int
    package var end: Int
    /// Levels of the tree below and including this node: the evaluator recurses this deep, so
    /// the parser refuses trees deeper than `Parser.maxDepth` (issue 12: a stack overflow).
    package let depth: Int

    package init(_ kind: Kind, at location: SourceLocation, start: Int, end: Int) {
        self.kind = kind
        self.location = location
        self.start = start
        self.end = end
        self.depth = 1 + Expression.childDepth(kind)
    }

    private static func childDepth(_ kind: Kind) -> Int {
        switch kind {
        case .literal, .variable: 0
        case .list(let items), .call(_, let items): items.map(\.depth).max() ?? 0
        case .unary(_, let e), .member(let e, _, _): e.depth
        case .binary(_, let l, let r), .index(let l, let r): max(l.depth, r.depth)
        }
    }

    /// Characters to underline; at most the rest of the first line.
    package var length: Int { max(1, end - start) }
}

package enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not
}

package enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case `in`, notIn = "not in", and, or
}
