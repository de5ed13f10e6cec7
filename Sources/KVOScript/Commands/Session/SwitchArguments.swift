import KVOModel

/// `on` or `off`: the one slot of `timer`, `pager` and `whatif`, and `board`'s optional one.
struct SwitchArguments: CommandArguments {
    static let state = SlotName("state")
    let state: ParsedArguments.Word

    init(from a: ArgumentReader) throws(Diagnostic) { state = try a.word(Self.state) }

    /// `on` is true, `off` false; any other word is refused, naming the command as the session
    /// shows it (`bladeren kent alleen on of off`).
    static func isOn(_ state: ParsedArguments.Word, in context: CommandContext) throws -> Bool {
        switch state.text {
        case "on": return true
        case "off": return false
        default:
            throw context.error(Message(en: "\(context.spec.name) takes on or off, not '\(state.text)'",
                                        nl: "\(context.spec.displayName(.nl)) kent alleen on of off, niet '\(state.text)'"),
                                at: state.location, length: state.length)
        }
    }
}
