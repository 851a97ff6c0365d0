//go:build unix

package pipeline_test

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time this process has used so
// far, every thread included (the garbage collector's too).
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
