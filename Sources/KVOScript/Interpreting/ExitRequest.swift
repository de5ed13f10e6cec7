import KVOModel

/// Thrown by `exit`: unwinds every running script and ends the session with `code`.
public struct ExitRequest: Error, Sendable {
    public let code: Int32
}
