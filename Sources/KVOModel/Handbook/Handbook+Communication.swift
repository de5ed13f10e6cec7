extension Handbook {
    /// §3.7 "Communicatie": what reaches the entrepreneurs of the area.
    public enum Communication {
        /// §3.7: "De KVO-werkgroep stuurt ten minste twee keer per jaar updates over de voortgang
        /// van de samenwerking" to all entrepreneurs of the area ("ook bijvoorbeeld niet leden van
        /// een ondernemersvereniging").
        public static let progressUpdatesPerYear = 2

        /// Whether a communication is a §3.7 progress update to all entrepreneurs: true when it
        /// reached all entrepreneurs and reported progress (`progress=true`); false when it went to
        /// another audience or did not report progress (an invitation, `progress=false`); nil when
        /// the record does not say (no audience, or no `progress` on a message to all
        /// entrepreneurs): then the dossier is asked, not guessed from the subject.
        public static func isProgressUpdate(_ message: CommunicationRecord) -> Bool? {
            guard let audience = message.audience else { return nil }
            guard audience == .allEntrepreneurs else { return false }
            return message.progress
        }
    }
}
