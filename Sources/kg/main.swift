// The `kg` executable: everything is in KGCommand.
import KGCommand

KGCommand.runAndExit()
