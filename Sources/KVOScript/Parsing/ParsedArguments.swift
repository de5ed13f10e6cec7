import KVOModel

/// What the parser found for a command's slots, by slot name, and its options.
public struct ParsedArguments: Sendable {
    public enum Value: Sendable {
        case expression(Expression)
        case expressions([Expression])
        case word(Word)
        case words([Word])
        case assignments([Assignment])
        /// An optional group or literal that was present.
        case present
    }

    public struct Word: Sendable {
        public var text: String
        public var location: SourceLocation
        public var length: Int
    }

    public struct Assignment: Sendable {
        public var name: String
        public var location: SourceLocation
        public var value: Expression
    }

    public struct Option: Sendable {
        public var name: String
        public var location: SourceLocation
        /// nil for a flag.
        public var value: Word?
    }

    public var values: [String: Value] = [:]
    public var options: [String: Option] = [:]

    public init() {}

    // Readers by name. Typed commands read through ArgumentReader, which takes a SlotName and
    // refuses names the spec does not declare; these remain for the commands not converted yet
    // (CommandArgumentsTests.untypedFiles) and for the shared helpers of CommandContext.

    public func expression(_ name: String) -> Expression? {
        if case .expression(let e)? = values[name] { return e }
        return nil
    }

    public func expressions(_ name: String) -> [Expression] {
        switch values[name] {
        case .expressions(let list)?: list
        case .expression(let e)?: [e]
        default: []
        }
    }

    public func word(_ name: String) -> Word? {
        if case .word(let w)? = values[name] { return w }
        return nil
    }

    public func words(_ name: String) -> [Word] {
        switch values[name] {
        case .words(let list)?: list
        case .word(let w)?: [w]
        default: []
        }
    }

    public func assignments(_ name: String) -> [Assignment] {
        if case .assignments(let list)? = values[name] { return list }
        return []
    }

    public func has(_ name: String) -> Bool { values[name] != nil || options[name] != nil }
}
