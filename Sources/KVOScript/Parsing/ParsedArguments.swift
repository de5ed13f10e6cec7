import KVOModel

/// What the parser found for a command's slots, by slot name, and its options.
package struct ParsedArguments: Sendable {
    package enum Value: Sendable {
        case expression(Expression)
        case expressions([Expression])
        case word(Word)
        case words([Word])
        case assignments([Assignment])
        /// An optional group or literal that was present.
        case present
    }

    package struct Word: Sendable {
        package var text: String
        package var location: SourceLocation
        package var length: Int
    }

    package struct Assignment: Sendable {
        package var name: String
        package var location: SourceLocation
        package var value: Expression
    }

    package struct Option: Sendable {
        package var name: String
        package var location: SourceLocation
        /// nil for a flag.
        package var value: Word?
    }

    package var values: [String: Value] = [:]
    package var options: [String: Option] = [:]

    package init() {}

    // Readers by name. Typed commands read through ArgumentReader, which takes a SlotName and
    // refuses names the spec does not declare; these remain for the commands not converted yet
    // (CommandArgumentsTests.untypedFiles) and for the shared helpers of CommandContext.

    package func expression(_ name: String) -> Expression? {
        if case .expression(let e)? = values[name] { return e }
        return nil
    }

    package func expressions(_ name: String) -> [Expression] {
        switch values[name] {
        case .expressions(let list)?: list
        case .expression(let e)?: [e]
        default: []
        }
    }

    package func word(_ name: String) -> Word? {
        if case .word(let w)? = values[name] { return w }
        return nil
    }

    package func words(_ name: String) -> [Word] {
        switch values[name] {
        case .words(let list)?: list
        case .word(let w)?: [w]
        default: []
        }
    }

    package func assignments(_ name: String) -> [Assignment] {
        if case .assignments(let list)? = values[name] { return list }
        return []
    }

    package func has(_ name: String) -> Bool { values[name] != nil || options[name] != nil }
}
