import KVOModel

/// Where the cursor stands in a command line, as completion needs it: found by walking the
/// command's slots as parsing does (Parser+Arguments), so completion and parsing agree on which
/// slot a word fills.
package struct SlotAtCursor: Sendable {
    package let command: CommandSpec
    /// The slot the word at the cursor fills; nil when every slot is filled already, or the
    /// text before the word cannot be read.
    package let slot: Slot?
    /// How many slots hold something before the cursor (clause words included; a list slot
    /// the cursor is still in counts once it holds a value).
    package let filled: Int
    /// The part of the word at the cursor typed so far.
    package let partial: String
    /// Whether the cursor is inside a quoted string.
    package let inString: Bool
}

extension Parser {
    /// The slot under the cursor of `line` (`cursor` a byte offset, as libedit gives it), when
    /// the line starts with a command that has slots; nil otherwise.
    package static func slot(at cursor: Int, in line: String, commands: CommandTable = .standard) -> SlotAtCursor? {
        let bytes = Array(line.utf8)
        let before = String(decoding: bytes[0..<min(max(cursor, 0), bytes.count)], as: UTF8.self)
        let (head, partial, inString) = splitPartialWord(before)
        guard var parser = try? Parser(SourceFile(name: nil, text: head, directory: "."), commands: commands),
              case .identifier(let name) = parser.token.kind, let spec = commands.command(named: name), spec.action != nil,
              (try? parser.advance(Slot.startMode(of: spec.syntax[...]))) != nil else { return nil }
        parser.readingCommand = true
        var walk = SlotWalk()
        let slot = parser.slotAtEnd(of: spec, walk: &walk)
        return SlotAtCursor(command: spec, slot: slot, filled: walk.filled, partial: partial, inString: inString)
    }

    /// What the walk has seen: the slots filled, and the one being read.
    struct SlotWalk {
        var filled = 0
        var reading: Slot?
    }

    /// Walks the slots of `spec` as `parseArguments` does, up to the end of the text: the slot
    /// the text ends in (or the one whose reading failed there, the text being unfinished).
    mutating func slotAtEnd(of spec: CommandSpec, walk: inout SlotWalk) -> Slot? {
        var args = ParsedArguments()
        do {
            try parseOptions(of: spec, into: &args, then: Slot.startMode(of: spec.syntax[...]))
            for i in spec.syntax.indices {
                let following = Slot.startMode(of: spec.syntax[(i + 1)...])
                if let found = try slotAtEnd(spec.syntax[i], of: spec, into: &args, then: following, walk: &walk) { return found }
                try parseOptions(of: spec, into: &args, then: following)
            }
            try parseClausesOutOfOrder(of: spec, into: &args)
            return nil
        } catch {
            return walk.reading
        }
    }

    private mutating func slotAtEnd(_ slot: Slot, of spec: CommandSpec, into args: inout ParsedArguments,
                                    then next: Lexer.Mode, walk: inout SlotWalk) throws(Diagnostic) -> Slot? {
        switch slot {
        case .optional(let inner):
            // At the end an optional group may start: its first slot (a comma aside) is next.
            if atEndOfStatement { return Slot.firstLeaf(of: inner) }
            guard try canStart(slot) else { return nil }
            for i in inner.indices {
                let following = Slot.startMode(of: inner[(i + 1)...], else: next)
                if let found = try slotAtEnd(inner[i], of: spec, into: &args, then: following, walk: &walk) { return found }
            }
            return nil
        case .literal(","):
            if atEndOfStatement { return nil }
        default:
            if atEndOfStatement { return slot }
        }
        walk.reading = slot
        let start = token.start
        try parseSlot(slot, of: spec, into: &args, then: next)
        walk.reading = nil
        // A slot of many (values, words, pairs) that reads to the end may take more; it counts
        // as filled once it holds something (`check KVO-4.1.* ` goes on with clause words).
        let tookSome = token.start != start
        if atEndOfStatement, slot.takesMore {
            if tookSome { walk.filled += 1 }
            return slot
        }
        walk.filled += 1
        return nil
    }

    /// The text before the word being typed, that word, and whether it is inside quotes: the
    /// word starts after the last blank or symbol that ends one (`(`, `,`, `=`, ...), or after
    /// an unclosed quote (then the text before the quote is the head).
    static func splitPartialWord(_ text: String) -> (head: String, partial: String, inString: Bool) {
        var quoteStart: String.Index?
        var wordStart = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            let next = text.index(after: i)
            if let q = quoteStart {
                if ch == text[q] { quoteStart = nil; wordStart = next }
            } else if ch == "\"" || ch == "'" {
                quoteStart = i
            } else if " \t()[],+*<>!=".contains(ch) {
                wordStart = next
            }
            i = next
        }
        if let q = quoteStart { return (String(text[..<q]), String(text[text.index(after: q)...]), true) }
        return (String(text[..<wordStart]), String(text[wordStart...]), false)
    }
}

extension Slot {
    /// The first slot of a group that takes a word (groups opened, a comma aside).
    static func firstLeaf(of slots: [Slot]) -> Slot? {
        for slot in slots {
            switch slot {
            case .literal(","): continue
            case .optional(let inner): if let leaf = firstLeaf(of: inner) { return leaf }
            default: return slot
            }
        }
        return nil
    }

    /// Whether the slot reads a list that the next word may continue.
    var takesMore: Bool {
        switch self {
        case .expressions, .words, .assignments, .fieldValues: true
        default: false
        }
    }
}
