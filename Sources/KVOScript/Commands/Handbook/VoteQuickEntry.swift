import KVOModel

/// Quick entry of one party's votes, for the live workshop (§4.1.4): `vote PARTY` without a theme
/// walks the party through every theme, urgency and then means, one keystroke per answer.
///
/// Keys: 1 to 5 score; Enter keeps the current score (or leaves it empty); s skips the theme; b goes
/// back one theme; q (or Ctrl-D) stops and records what was entered; Ctrl-C or Esc cancels without
/// recording anything. Any other key asks again. What was entered is recorded as one change, so
/// one `undo` takes the whole walk back.
struct VoteQuickEntry {
    struct Score: Equatable {
        var urgency: Int?
        var means: Int?
    }

    enum Outcome: Equatable {
        case record([String: Score])
        case cancelled
    }

    let partyName: String
    let themes: [Theme]
    /// The party's current scores per theme.
    let current: [String: Score]
    let readKey: (String) -> Character?
    let write: (String) -> Void
    let language: Language

    private func say(_ message: Message) { write(message.text(language)) }

    func run() -> Outcome {
        say(Message(
            en: "Quick entry for \(partyName): \(themes.count) themes, urgency then means, 1 (low) to 5 (high). Enter keeps the current score, s skips a theme, b goes back, q stops and records, Ctrl-C cancels.\n",
            nl: "Snelle invoer voor \(partyName): \(themes.count) thema's, eerst urgentie en dan middelen, 1 (laag) tot 5 (hoog). Enter houdt de huidige score, s slaat een thema over, b gaat terug, q stopt en legt vast, Ctrl-C breekt af.\n"))
        var scores = current
        var i = 0
        walk: while i < themes.count {
            let theme = themes[i]
            var score = scores[theme.id] ?? Score()
            var field = 0  // 0 urgency, 1 means
            while field < 2 {
                let old = field == 0 ? score.urgency : score.means
                let label = CommandSpec.scoreLabel(field == 0 ? VoteRecord.Field.urgency : VoteRecord.Field.means).text(language)
                let prompt = "[\(i + 1)/\(themes.count)] \(theme.id) \(theme.name(language)) — \(label)\(old.map { " (\($0))" } ?? ""): "
                guard let key = readKey(prompt) else { return .cancelled }
                switch key {
                case "1", "2", "3", "4", "5":
                    let n = Int(String(key))!
                    if field == 0 { score.urgency = n } else { score.means = n }
                    field += 1
                case "\r", "\n":
                    field += 1
                case "s", "S", "-":
                    i += 1
                    continue walk
                case "b", "B":
                    if field == 1 { field = 0; continue }
                    i = max(0, i - 1)
                    continue walk
                case "q", "Q", "\u{4}":
                    break walk
                case "\u{3}", "\u{1b}":
                    say(Message(en: "Cancelled: nothing was recorded.\n", nl: "Afgebroken: er is niets vastgelegd.\n"))
                    return .cancelled
                default:
                    say(Message(en: "  press 1 to 5, Enter, s, b or q\n", nl: "  kies 1 tot 5, Enter, s, b of q\n"))
                }
            }
            scores[theme.id] = score
            i += 1
        }
        return .record(scores.filter { $0.value != current[$0.key] && ($0.value.urgency != nil || $0.value.means != nil) })
    }
}
