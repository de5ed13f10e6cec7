import KVOModel

import ArgumentParser
import KVOShell

let kvoVersion = "0.1.0"

// Before anything reads input: UTF-8 line editing needs the user's character type.
CurrentProcess.adoptCharacterLocale()

/// ArgumentParser exits with 64 on a usage error; kvo's contract says 2 (README, --help).
func runMain() -> Never {
    var arguments = Array(CommandLine.arguments.dropFirst())
    // The common lines without ArgumentParser's reflection (FastInvocation says why); errors
    // are reported as ArgumentParser would.
    if let fast = FastInvocation.parse(arguments) {
        do {
            switch fast {
            case .session(let dossier, let commands, let settings):
                try KVOCommand.start(dossier: dossier, commands: commands, flags: settings)
            case .run(let script, let dossier, let settings):
                try RunCommand.start(script: script, dossier: dossier, flags: settings)
            }
        } catch {
            if case .run = fast { fail(RunCommand.self, error) }
            fail(KVOCommand.self, error)
        }
    }
    // `kvo help [run|check]`, as ArgumentParser's own help text suggests.
    if arguments.first == "help" {
        let text = switch arguments.dropFirst().first {
        case "run": RunCommand.helpMessage()
        case "check": CheckCommand.helpMessage()
        default: KVOCommand.helpMessage()
        }
        print(ArgumentParserText.localized(text, startupLanguage))
        CurrentProcess.exit(0)
    }
    // `kvo run ...` and `kvo check ...` are dispatched here: `kvo` itself takes an optional DOSSIER
    // positional, which would otherwise swallow the subcommand's name.
    // Session flags may come before the subcommand too: `kvo --safe run FILE`.
    if let at = SubcommandPosition.index(in: arguments), at > 0 { arguments.insert(arguments.remove(at: at), at: 0) }
    let sub: ParsableCommand.Type? = switch arguments.first {
    case "run": RunCommand.self
    case "check": CheckCommand.self
    default: nil
    }
    if sub != nil { arguments.removeFirst() }
    do {
        var command: ParsableCommand = try sub == CheckCommand.self ? CheckCommand.parseMany(arguments)
            : sub.map { try $0.parse(arguments) } ?? KVOCommand.parseAsRoot(arguments)
        try command.run()
        CurrentProcess.exit(0)
    } catch {
        fail(sub ?? KVOCommand.self, error)
    }
}

/// Reports an error of the command line or of starting the session, with kvo's exit codes.
func fail(_ type: ParsableCommand.Type, _ error: any Error) -> Never {
    let code = type.exitCode(for: error)
    let message = ArgumentParserText.localized(type.fullMessage(for: error), startupLanguage)
    if code == .success {
        if !message.isEmpty { print(message) }
        CurrentProcess.exit(0)
    }
    if code == .validationFailure || code.rawValue == 64 {
        if !message.isEmpty { StandardOutput().writeError(message + "\n") }
        CurrentProcess.exit(2)
    }
    if !message.isEmpty { StandardOutput().writeError(message + "\n") }
    CurrentProcess.exit(code.rawValue)
}

runMain()
