import KVOModel
import KVOReports

/// The output clause `as FORMAT`, shared by every command that prints a table or records: one
/// name for the slot, the formats a command declares, and one renderer per format.
extension Slot {
    /// The slot name of `as FORMAT`: the parser checks its word against the declared formats.
    package static let formatName = "format"

    /// `[as FORMAT]` with the formats a command writes.
    package static func output(_ formats: [String]) -> Slot {
        .optional([.literal("as"), .word(formatName, .choice(formats))])
    }

    /// The formats of a table or list of records: `as table|json|csv|excel-csv|md`, and `xlsx`
    /// where a workbook makes sense.
    package static let tableFormats = OutputFormat.tableFormats.map(\.rawValue)
}

extension CommandSpec {
    /// The formats `as FORMAT` takes, in the order declared; nil for a command without the clause.
    package var formats: [String]? {
        func find(_ slots: [Slot]) -> [String]? {
            for slot in slots {
                switch slot {
                case .word(Slot.formatName, .choice(let formats)): return formats
                case .optional(let inner): if let f = find(inner) { return f }
                default: continue
                }
            }
            return nil
        }
        return find(syntax)
    }
}

extension CommandSpec {
    /// `as FORMAT` checked against the formats the command declares, before it runs: the format
    /// in lower case, or an error that lists them, so that no command quietly prints a table
    /// for a format it does not write. (At run time, not in the parser, so that under
    /// --no-bail a script goes on after it like after any other failing command.)
    func checkingFormat(_ arguments: ParsedArguments, in source: SourceFile) throws(Diagnostic) -> ParsedArguments {
        guard var word = arguments.word(Slot.formatName), let formats else { return arguments }
        guard let known = formats.first(where: { $0 == word.text.lowercased() }) else {
            throw Diagnostic(.runtime, Message(en: "'\(name)' cannot write '\(word.text)'", nl: "'\(displayName(.nl))' kan geen '\(word.text)' schrijven")
                             + Suggestion.phrase(for: word.text, in: formats),
                             source: source, at: word.location, length: word.length,
                             hint: Message(en: "'\(name)' writes: " + formats.joined(separator: ", "),
                                           nl: "'\(displayName(.nl))' schrijft: " + formats.map { DutchNames.choices[$0] ?? $0 }.joined(separator: ", ")))
        }
        word.text = known
        var checked = arguments
        checked.values[Slot.formatName] = .word(word)
        return checked
    }
}

extension CommandContext {
    /// The error for a format of the one `OutputFormat` that this command does not write. The
    /// interpreter refuses those before the command runs (`checkingFormat`, with the formats it
    /// does write), so a command's switch over `format` ends with this only to be complete.
    func cannotWrite(_ format: OutputFormat) -> Diagnostic {
        error(Message(en: "'\(spec.name)' cannot write '\(format.rawValue)'", nl: "'\(spec.displayName(.nl))' kan geen '\(format.rawValue)' schrijven"))
    }

    /// `as FORMAT` as written (checked against the declared formats, all of them `OutputFormat`
    /// names, before the command ran), else `fallback`: by default a table at a terminal and
    /// JSON elsewhere.
    func outputFormat(default fallback: OutputFormat? = nil) -> OutputFormat {
        arguments.word(Slot.formatName).flatMap { OutputFormat(rawValue: $0.text.lowercased()) }
            ?? fallback ?? (environment.options.outputIsTerminal ? .table : .json)
    }

    /// Writes a result in the format asked: `table` as `terminal` renders it (default: the
    /// table fitted to the terminal), `json` as the value, the others from the same table.
    /// `sheet` names the workbook (xlsx) and its sheet.
    /// `fallback` is the format without `as` (default: table at a terminal, else JSON).
    func writeResult(_ table: Table, json: () -> JSONValue, sheet: Message, fallback: OutputFormat? = nil, terminal: (() -> String)? = nil) throws {
        switch outputFormat(default: fallback) {
        case .json: write(JSONWriter.string(json()))
        case .csv: write(table.csv)
        case .excelCSV: write(table.excelCSV)
        case .md: write(table.markdown)
        case .xlsx:
            let name = sheet.text(language)
            try writeWorkbook(Workbook(sheets: [.init(name: name, table: table)]), named: name)
        default: write(terminal?() ?? table.rendered(width: width))
        }
    }
}
