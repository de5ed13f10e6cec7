import KVOModel

/// A block (`if`, `for`) that had a syntax error while it was being typed at the prompt. Its
/// remaining lines are read and dropped until its `end`, so that none of them runs at the top
/// level (issue 13): the whole block is discarded, as it would be in a script.
struct BrokenBlock {
    /// The keyword of the outermost open block, for the prompt and the notice.
    let opener: OpenConstruct
    /// Blocks still open: each `if` or `for` at the start of a line opens one, each `end` closes one.
    private(set) var depth: Int

    /// The broken block of `lines`, or nil when they leave no block open.
    init?(_ lines: [String]) {
        var depth = 0, opener: OpenConstruct?
        for line in lines {
            let change = BrokenBlock.change(line)
            if change > 0, depth == 0 { opener = OpenConstruct(keyword: BrokenBlock.firstWord(line)) }
            depth = max(0, depth + change)
        }
        guard depth > 0, let opener else { return nil }
        self.opener = opener
        self.depth = depth
    }

    /// Takes one more line; true when it closed the block.
    mutating func take(_ line: String) -> Bool {
        depth += BrokenBlock.change(line)
        return depth <= 0
    }

    static func firstWord(_ line: String) -> String {
        String(line.drop { $0 == " " || $0 == "\t" }.prefix { $0 != " " && $0 != "\t" })
    }

    static func change(_ line: String) -> Int {
        switch firstWord(line) {
        case "if", "for": 1
        case "end": -1
        default: 0
        }
    }

    /// Said when the error is reported: what happens to the lines still to come.
    var skipping: Message {
        Message(en: "(the rest of this '\(opener.name)' block is skipped up to its 'end'; nothing of it runs)",
                nl: "(de rest van dit '\(opener.name)'-blok wordt overgeslagen tot de 'end'; er wordt niets van uitgevoerd)")
    }

    /// Said when its `end` arrives.
    var discarded: Message {
        Message(en: "(the '\(opener.name)' block was discarded)", nl: "(het '\(opener.name)'-blok is weggegooid)")
    }
}
