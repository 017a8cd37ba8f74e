/// Whether a copy by OSC 52 reaches the clipboard from inside tmux, from tmux's options as
/// `tmux show -gv` gives them (nil: tmux could not be asked).
public enum ClipboardReach {
    /// The hint to show after a copy inside tmux, or nil when tmux passes the copy on: with
    /// `set-clipboard on` tmux takes the sequence (and hands it to the outer terminal), with
    /// `allow-passthrough` on or all the wrapped copy goes through; otherwise (the default
    /// `external`) tmux drops it without a word.
    public static func tmuxHint(setClipboard: String?, allowPassthrough: String?) -> String? {
        if setClipboard == "on" || allowPassthrough == "on" || allowPassthrough == "all" { return nil }
        let setting = setClipboard.map { " (it is \($0))" } ?? ""
        return "tmux may drop the copy\(setting): set -g set-clipboard on in ~/.tmux.conf"
    }
}
