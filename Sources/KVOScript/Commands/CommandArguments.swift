import KVOModel

// How a command is declared (AmendCommands.swift's `set` in short):
//
//     struct SetArguments: CommandArguments {
//         static let id = SlotName("id"), fields = SlotName("field")   // each name written once
//         let id: RecordReference
//         let fields: [ParsedArguments.Assignment]
//         init(from a: ArgumentReader) throws(Diagnostic) {
//             id = try a.record(Self.id)
//             fields = try a.assignments(Self.fields)
//         }
//     }
//     static let set = CommandSpec(name: "set", ..., syntax: [.record(SetArguments.id), .fieldValues(SetArguments.fields)],
//                                  example: "set M-12 status=done", arguments: SetArguments.self,
//                                  run: { arguments, context in ... context.environment ... })
//
// The syntax drives the parser, `help` and completion; the action gets the decoded value and a
// CommandContext whose `environment` (CommandEnvironment) is all of the session it may touch.
// CommandArgumentsTests decodes every command's example, so a read of an undeclared name fails.

/// The name of a slot or an option of a command, declared once as a constant of the command's
/// arguments type and used both in its `CommandSpec` syntax and in decoding (as
/// swift-argument-parser's `@Option`/`@Argument` name a property once). Not a string literal on
/// purpose: reading an argument takes the constant, so a read cannot drift from the declaration.
package struct SlotName: Hashable, Sendable, CustomStringConvertible {
    package let text: String
    package init(_ text: String) { self.text = text }
    package var description: String { text }

    /// `as FORMAT` (Slot.output) and `--as-of DATE`, shared by many commands.
    package static let format = SlotName(Slot.formatName)
    package static let asOf = SlotName("as-of")
    /// The kind a `.record` slot may be preceded by (`show measure M-3`).
    package static let recordKind = SlotName("kind")
}

/// A command's arguments as a value of its own type, decoded once from what the parser found.
package protocol CommandArguments: Sendable {
    init(from arguments: ArgumentReader) throws(Diagnostic)
}

/// Commands without arguments.
package struct NoArguments: CommandArguments {
    package init(from arguments: ArgumentReader) throws(Diagnostic) {}
}

/// A record named by a `.record` slot: `M-3`, or `measure M-3` with its kind word.
package struct RecordReference: Sendable {
    package let kind: ParsedArguments.Word?
    package let id: ParsedArguments.Word
}

/// Reads a command's parsed arguments by their declared names. A name the command's spec does
/// not declare is an internal error, so the test that decodes every command's example finds
/// any read of an undeclared slot (KVOScriptTests/CommandArgumentsTests).
package struct ArgumentReader {
    package let arguments: ParsedArguments
    let spec: CommandSpec
    let source: SourceFile
    let location: SourceLocation

    package init(_ arguments: ParsedArguments, of spec: CommandSpec, source: SourceFile, at location: SourceLocation) {
        self.arguments = arguments
        self.spec = spec
        self.source = source
        self.location = location
    }

    private func declared(_ name: SlotName) throws(Diagnostic) -> String {
        guard spec.declaredNames.contains(name.text) else {
            throw Diagnostic(.internal, Message(en: "'\(spec.name)' reads '\(name.text)', which is not one of its slots or options",
                                                nl: "'\(spec.name)' leest '\(name.text)', dat geen van zijn onderdelen of opties is"),
                             source: source, at: location)
        }
        return name.text
    }

    /// A slot the parser always fills (not inside `.optional`).
    private func required<T>(_ value: T?, _ name: SlotName) throws(Diagnostic) -> T {
        guard let value else {
            throw Diagnostic(.internal, Message(en: "'\(spec.name)' has no '\(name.text)'", nl: "'\(spec.name)' heeft geen '\(name.text)'"),
                             source: source, at: location)
        }
        return value
    }

    package func word(_ name: SlotName) throws(Diagnostic) -> ParsedArguments.Word {
        try required(arguments.word(try declared(name)), name)
    }

    package func optionalWord(_ name: SlotName) throws(Diagnostic) -> ParsedArguments.Word? {
        arguments.word(try declared(name))
    }

    package func words(_ name: SlotName) throws(Diagnostic) -> [ParsedArguments.Word] {
        arguments.words(try declared(name))
    }

    package func expression(_ name: SlotName) throws(Diagnostic) -> Expression {
        try required(arguments.expression(try declared(name)), name)
    }

    package func optionalExpression(_ name: SlotName) throws(Diagnostic) -> Expression? {
        arguments.expression(try declared(name))
    }

    package func expressions(_ name: SlotName) throws(Diagnostic) -> [Expression] {
        arguments.expressions(try declared(name))
    }

    package func assignments(_ name: SlotName) throws(Diagnostic) -> [ParsedArguments.Assignment] {
        arguments.assignments(try declared(name))
    }

    /// The record of a `.record` slot and the kind word before it, if any.
    package func record(_ name: SlotName) throws(Diagnostic) -> RecordReference {
        RecordReference(kind: arguments.word(try declared(.recordKind)), id: try word(name))
    }

    /// Whether a clause word (`desc`) or an optional slot was given.
    package func given(_ name: SlotName) throws(Diagnostic) -> Bool {
        arguments.values[try declared(name)] != nil
    }

    /// Whether a flag option (`--force`) was given.
    package func flag(_ name: SlotName) throws(Diagnostic) -> Bool {
        arguments.options[try declared(name)] != nil
    }

    /// An option as given (`--out FOLDER`): its place and value, or nil.
    package func option(_ name: SlotName) throws(Diagnostic) -> ParsedArguments.Option? {
        arguments.options[try declared(name)]
    }
}

extension CommandSpec {
    /// Every name the syntax and options declare: slots, clause words, options, and the kind
    /// word of a `.record` slot.
    package var declaredNames: Set<String> {
        func names(_ slots: [Slot]) -> [String] {
            slots.flatMap { slot -> [String] in
                switch slot {
                case .expression(let n), .expressions(let n), .word(let n, _), .words(let n, _), .assignments(let n),
                     .fieldValues(let n), .condition(let n), .string(let n), .literal(let n): [n]
                case .record(let n): [n, SlotName.recordKind.text]
                case .optional(let inner): names(inner)
                }
            }
        }
        return Set(names(syntax) + options.map(\.name))
    }
}

/// Slots and options declared with their `SlotName` constant.
extension Slot {
    package static func expression(_ name: SlotName) -> Slot { .expression(name.text) }
    package static func expressions(_ name: SlotName) -> Slot { .expressions(name.text) }
    package static func word(_ name: SlotName, _ kind: WordKind) -> Slot { .word(name.text, kind) }
    package static func words(_ name: SlotName, _ kind: WordKind) -> Slot { .words(name.text, kind) }
    package static func assignments(_ name: SlotName) -> Slot { .assignments(name.text) }
    package static func fieldValues(_ name: SlotName) -> Slot { .fieldValues(name.text) }
    package static func condition(_ name: SlotName) -> Slot { .condition(name.text) }
    package static func string(_ name: SlotName) -> Slot { .string(name.text) }
    package static func record(_ name: SlotName) -> Slot { .record(name.text) }
}

extension OptionSpec {
    package init(_ name: SlotName, value: WordKind? = nil, summary: Message) {
        self.init(name.text, value: value, summary: summary)
    }
}
