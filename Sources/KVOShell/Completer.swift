#if canImport(Glibc)
import Glibc
#endif
import KVOScript
import KVOChecks
import KVOModel
import KVOReports

/// What Tab does: the word before the cursor, what it may become, and what to put in its place.
package struct Completion: Equatable, Sendable {
    /// Characters before the cursor that belong to the word being completed.
    package var wordLength: Int
    /// The text to put in place of that word: the single match (with a trailing space or
    /// slash), or the longest common beginning of all matches.
    package var replacement: String?
    /// Every match, for listing when there is more than one.
    package var candidates: [String]
}

/// Completes from context: command names at the start of a line; after a command, what its
/// slots take (paths, rule IDs, record IDs, kinds, fields, commands, options); in expressions,
/// variables, functions and keywords. Pure apart from reading folders for paths.
package struct Completer {
    /// The names the current session knows; refreshed by the shell before each completion.
    package struct Vocabulary: Sendable {
        package var commands: CommandTable
        package var functions: FunctionTable
        package var variables: [String]
        package var ruleIDs: [String]
        /// Filled by the dossier layer: kinds of record, their fields, and the loaded records' IDs.
        package var recordKinds: [String]
        package var fields: [String]
        package var recordIDs: [String]
        /// Parties and themes as `vote` takes them (RoomWords).
        package var parties: [String] = []
        package var themes: [String] = []
        package var currentDirectory: String
        /// The session's language: command and clause names are offered in it (both are accepted).
        package var language: Language

        package init(commands: CommandTable = .standard, functions: FunctionTable = .standard, variables: [String] = [],
                    ruleIDs: [String] = RuleCatalogue.handbook.ids, recordKinds: [String] = [], fields: [String] = [],
                    recordIDs: [String] = [], currentDirectory: String = ".", language: Language = .en) {
            self.commands = commands
            self.functions = functions
            self.variables = variables
            self.ruleIDs = ruleIDs
            self.recordKinds = recordKinds
            self.fields = fields
            self.recordIDs = recordIDs
            self.currentDirectory = currentDirectory
            self.language = language
        }
    }

    package var vocabulary: Vocabulary

    package init(vocabulary: Vocabulary) { self.vocabulary = vocabulary }

    static let expressionKeywords = ["and", "or", "not", "in", "true", "false", "null"]
    static let statementKeywords = ["let", "if", "elif", "else", "end", "for"]

    /// `line` is the current line of input; `cursor` a byte offset into it (as libedit gives it).
    package func complete(line: String, cursor: Int) -> Completion {
        let bytes = Array(line.utf8)
        let before = String(decoding: bytes[0..<min(max(cursor, 0), bytes.count)], as: UTF8.self)
        let (words, current, inString) = split(before)
        // Which slot of the command the word fills: the parser walks the command's slots to the cursor.
        let position = Parser.slot(at: cursor, in: line, commands: vocabulary.commands)
        var matches = filter(candidates(previous: words, current: current, inString: inString, position: position), prefix: current)
        if matches.isEmpty, vocabulary.language != .en {
            // A name typed in English completes too: both languages are accepted everywhere.
            var english = self
            english.vocabulary.language = .en
            matches = filter(english.candidates(previous: words, current: current, inString: inString, position: position), prefix: current)
        }
        var completion = Completion(wordLength: current.count, replacement: nil, candidates: matches)
        if matches.count == 1 {
            let m = matches[0]
            let keepsGoing = m.hasSuffix("/") || m.hasSuffix("(") || m.hasSuffix("=")
            completion.replacement = m + (keepsGoing || inString ? "" : " ")
        } else if matches.count > 1 {
            let common = Completer.commonPrefix(matches)
            if common.count > current.count || (common.count == current.count && common != current) {
                completion.replacement = common
            }
        }
        return completion
    }

    /// Splits the text before the cursor into finished words and the word being typed.
    func split(_ text: String) -> (words: [String], current: String, inString: Bool) {
        var words: [String] = []
        var word = ""
        var quote: Character?
        for ch in text {
            if let q = quote {
                if ch == q { quote = nil; words.append(word); word = "" } else { word.append(ch) }
                continue
            }
            switch ch {
            case "\"", "'":
                if !word.isEmpty { words.append(word); word = "" }
                quote = ch
            case " ", "\t":
                if !word.isEmpty { words.append(word); word = "" }
            case "(", ")", "[", "]", ",", "+", "*", "<", ">", "!":
                if !word.isEmpty { words.append(word); word = "" }
                words.append(String(ch))
            case "=":
                // `name=value`: complete the value as an expression.
                if !word.isEmpty { words.append(word); word = "" }
                words.append("=")
            default:
                word.append(ch)
            }
        }
        return (words, word, quote != nil)
    }

    /// A command by its name in either language.
    func command(named name: String) -> CommandSpec? {
        vocabulary.commands.command(named: name)
            ?? DutchNames.english(for: name, in: DutchNames.commands).flatMap { vocabulary.commands.command(named: $0) }
    }

    /// The names of the commands, in the session's language: in Dutch a command's Dutch name in
    /// place of its English name and aliases (English still completes when no Dutch name fits).
    func commandNames() -> [String] {
        guard vocabulary.language == .nl else { return vocabulary.commands.allNames.filter { $0 != "?" } }
        return vocabulary.commands.commands.flatMap { c in DutchNames.commands[c.name].map { [$0] } ?? [c.name] + c.aliases }
            .filter { $0 != "?" }
    }

    /// A clause word as the session's language names it (`where` is `waar` in Dutch).
    func clause(_ word: String) -> String {
        vocabulary.language == .nl ? DutchNames.clauses[word] ?? word : word
    }

    func candidates(previous typed: [String], current: String, inString: Bool, position: SlotAtCursor?) -> [String] {
        let v = vocabulary
        // Clause words typed in Dutch are read as their English originals.
        let previous = typed.map { DutchNames.english(for: $0, in: DutchNames.clauses) ?? $0 }
        guard let first = previous.first else {
            if inString { return [] }
            return commandNames() + Completer.statementKeywords.filter { v.commands.command(named: $0) == nil }
                + expressionNames()
        }
        guard let spec = command(named: first) else { return inString ? [] : expressionNames() }
        if current.hasPrefix("--") { return spec.options.map { "--" + $0.name } }
        if let last = previous.last, last.hasPrefix("--"), let option = spec.option(String(last.dropFirst(2))), let kind = option.value {
            return words(of: kind, current: current)
        }
        if spec.action == nil { return inString ? [] : expressionNames() }
        // How many of the command's slots the text before the word filled (Parser.slot).
        let filled = position?.filled ?? 0
        // The record kind the line is about: `list KIND ...`, `add KIND ...`, `set ID ...`.
        let subject = previous.count > 1 ? previous[1] : nil
        let kind = subject.flatMap { Schema.dossier.kind(named: $0) ?? Schema.dossier.kind(ofID: $0) }
        let fieldNames = kind?.fieldNames ?? []
        // In `fields a,b,c` every name after a comma is a field too.
        if previous.count > 2, previous.last == "," {
            var k = previous.count - 1
            while k > 0, previous[k] == "," || fieldNames.contains(previous[k]) { k -= 1 }
            if previous[k] == "fields" { return fieldNames }
        }
        // `status=` of a record: the values of a choice field, in the session's language.
        if previous.last == "=", previous.count >= 3, let field = kind?.field(previous[previous.count - 2]) {
            switch field.type {
            case .choice(let options), .list(.choice(let options)):
                let values = v.language == .nl ? options.map { DutchNames.choices[$0] ?? $0 } : options
                // In a condition a value is a string: quoted, unless the quote is typed already.
                return previous.contains("where") && !inString ? values.map { "\"" + $0 + "\"" } : values
            default: break
            }
        }
        // After a clause word, what that clause takes.
        if let last = previous.last, previous.count > 1 {
            switch last {
            case "where": return expressionNames() + fieldNames
            case "sort", "fields": return fieldNames
            case "as": return OutputFormat.names
            default: break
            }
        }
        let clauses = clauseWords(spec).map(clause)
        if filled >= 1, !clauses.isEmpty, !spec.syntax.contains(where: { if case .fieldValues = $0 { true } else { false } }) {
            // Past the first argument of `list`, `count`, `show`: clause words, and in a condition its names.
            let inCondition = previous.contains("where")
            return clauses + (inCondition && !inString ? expressionNames() + fieldNames : [])
        }
        // The slot under the cursor; past the last one, the last one still (more of the same).
        guard let slot = position?.slot ?? Completer.flatten(spec.syntax).last else { return [] }
        switch slot {
        case .word(_, let kind), .words(_, let kind): return words(of: kind, current: current, fields: fieldNames)
        case .expression, .expressions, .assignments: return inString ? [] : expressionNames()
        case .condition: return inString ? [] : expressionNames() + fieldNames
        case .fieldValues: return inString ? [] : (kind?.fields.map { $0.name + "=" } ?? []) + clauseWords(spec).map(clause)
        case .record: return vocabulary.recordIDs + Schema.dossier.kinds.filter(\.isSingleton).map(\.name)
        case .string: return []
        case .literal(let text): return [text]
        case .optional: return []
        }
    }

    /// The clause words a command takes (`where`, `sort`, `as`), offered after its first argument.
    func clauseWords(_ spec: CommandSpec) -> [String] {
        spec.syntax.compactMap { slot in
            if case .optional(let inner) = slot, case .literal(let word)? = inner.first, word != "," { return word }
            return nil
        }
    }

    static func flatten(_ slots: [Slot]) -> [Slot] {
        slots.flatMap { slot -> [Slot] in
            switch slot {
            case .optional(let inner): flatten(inner)
            case .literal(","): []
            default: [slot]
            }
        }
    }

    func expressionNames() -> [String] {
        vocabulary.variables + vocabulary.functions.names.map { $0 + "(" } + Completer.expressionKeywords
    }

    func words(of kind: WordKind, current: String, fields: [String] = []) -> [String] {
        let v = vocabulary
        switch kind {
        case .path: return paths(matching: current)
        case .command: return commandNames() + v.functions.names + ["functions"]
        case .ruleID: return v.ruleIDs
        case .recordID: return v.recordIDs
        case .recordKind: return v.recordKinds.isEmpty ? Schema.dossier.kinds.map(\.name) : v.recordKinds
        case .field: return fields.isEmpty ? v.fields : fields
        case .fieldList:
            // Complete the last name of a comma-separated list.
            let done = current.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",")
            return (fields.isEmpty ? v.fields : fields).map { done.isEmpty ? $0 : done + "," + $0 }
        case .text: return []
        case .choice(let options): return options
        case .party: return v.parties
        case .theme: return v.themes
        }
    }

    /// Files and folders whose names start like the last part of `current`; folders end in `/`.
    func paths(matching current: String) -> [String] {
        let slash = current.lastIndex(of: "/")
        let folderPart = slash.map { String(current[...$0]) } ?? ""
        let namePart = slash.map { String(current[current.index(after: $0)...]) } ?? current
        var folder = folderPart.isEmpty ? vocabulary.currentDirectory : folderPart
        if folderPart.hasPrefix("~/"), let home = Environment.get("HOME") { folder = home + folderPart.dropFirst() }
        else if !folderPart.isEmpty, !folderPart.hasPrefix("/") { folder = vocabulary.currentDirectory + "/" + folderPart }
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            if name.hasPrefix("."), !namePart.hasPrefix(".") { continue }
            guard name.hasPrefix(namePart) else { continue }
            var st = stat()
            let isDir = stat(folder + "/" + name, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            names.append(folderPart + name + (isDir ? "/" : ""))
        }
        return names.sorted()
    }

    /// Candidates starting with `prefix`; case-insensitive when nothing matches exactly
    /// (so `kvo-4.1` finds `KVO-4.1.1-RESPONSE`). Sorted, without repeats.
    func filter(_ candidates: [String], prefix: String) -> [String] {
        var exact = Array(Set(candidates.filter { $0.hasPrefix(prefix) })).sorted()
        if exact.isEmpty {
            let lower = prefix.lowercased()
            exact = Array(Set(candidates.filter { $0.lowercased().hasPrefix(lower) })).sorted()
        }
        return exact
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let chars = Array(word)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix = Array(prefix[0..<n])
        }
        return String(prefix)
    }

    /// Lays candidates out in columns for a terminal `width` wide.
    package static func columns(_ items: [String], width: Int) -> String {
        guard let longest = items.map(\.count).max() else { return "" }
        let columnWidth = longest + 2
        let perLine = max(1, width / columnWidth)
        let rows = (items.count + perLine - 1) / perLine
        var out = ""
        for r in 0..<rows {
            var line = ""
            for c in 0..<perLine {
                let i = c * rows + r
                guard i < items.count else { break }
                let item = items[i]
                line += item + (c == perLine - 1 || i + rows >= items.count ? "" : String(repeating: " ", count: columnWidth - item.count))
            }
            out += line + "\n"
        }
        return out
    }
}
