// Package queuetest gives tests a queue of their own on the local NATS
// server.
package queuetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/queue"
)

// URL returns a queue URL on the local NATS server ($DYAD_TEST_NATS_URL,
// else nats://127.0.0.1:4222) with a stream and subject of its own, named
// after prefix and deleted when the test ends; it skips the test when no
// server answers.
func URL(t testing.TB, prefix string) string {
	t.Helper()
	server := os.Getenv("DYAD_TEST_NATS_URL")
	if server == "" {
		server = "nats://127.0.0.1:4222"
	}
	c, err := net.DialTimeout("tcp", strings.TrimPrefix(server, "nats://"), time.Second)
	if err != nil {
		t.Skipf("no NATS server at %s", server)
	}
	c.Close()
	tag := fmt.Sprintf("%d%x", os.Getpid(), rand.Uint32())
	u := fmt.Sprintf("%s?stream=%s_%s&subject=%s.%s&durable=w%s", server,
		strings.ToUpper(prefix), tag, strings.ToLower(prefix), tag, tag)
	t.Cleanup(func() {
		if q, err := queue.Open(context.Background(), u, queue.Options{}); err == nil {
			q.DeleteStream(context.Background())
			q.Close()
		}
	})
	return u
}
