import KVOModel

/// Thrown by `exit`: unwinds every running script and ends the session with `code`.
package struct ExitRequest: Error, Sendable {
    package let code: Int32
}
