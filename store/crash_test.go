package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// crashChildEnv names the folder TestCrashChild writes in; it is set
// only in the child processes TestKillLosesNothing starts.
const crashChildEnv = "ALONGSIDE_CRASH_CHILD_DIR"

// crashText is what the child writes as entry number n of its run.
func crashText(run, n int) string {
	return fmt.Sprintf("run %d entry %d %s", run, n, strings.Repeat("words ", 40))
}

// TestCrashChild is not a test on its own: TestKillLosesNothing runs the
// test binary again with only it, and kills it. It adds entries for ever,
// printing "n id" once each add has returned (been acknowledged).
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashChildEnv)
	if dir == "" {
		t.Skip("runs only as TestKillLosesNothing's child")
	}
	run, _ := strconv.Atoi(os.Getenv(crashChildEnv + "_RUN"))
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(dir, FileName))
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	for n := 0; ; n++ {
		id, err := s.AddEntry(ctx, Entry{Text: crashText(run, n), Tags: []string{"crash"}, Mood: Mood(n % 6)})
		if err != nil {
			fmt.Println("add:", err)
			os.Exit(3)
		}
		fmt.Printf("%d %d\n", n, id) // os.Stdout is unbuffered: out as soon as written
	}
}

// TestKillLosesNothing kills a process writing entries with SIGKILL at
// random moments, again and again: every entry whose add had returned is
// there afterwards, whole, and the database passes integrity_check.
func TestKillLosesNothing(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is Unix's")
	}
	if os.Getenv(crashChildEnv) != "" {
		t.Skip("in a child")
	}
	const rounds = 60
	dir := t.TempDir()
	acked := map[int64]string{}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	mid := 0 // rounds killed after their first acknowledged add
	for run := 0; run < rounds; run++ {
		// Every other round is killed at any moment from its start (opening,
		// migrating, making the key); the others while they add.
		afterFirst := run%2 == 1
		n := killOnce(t, dir, run, afterFirst, time.Duration(rng.IntN(60))*time.Millisecond, acked)
		if n > 0 {
			mid++
		}
	}
	t.Logf("%d rounds, %d killed while adding, %d entries acknowledged", rounds, mid, len(acked))
	if mid < rounds/2 {
		t.Errorf("only %d of %d rounds were killed while adding", mid, rounds)
	}
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res, err := s.Check(ctx)
	if err != nil || !res.OK() {
		t.Fatalf("after the kills: %+v, %v", res, err)
	}
	es, err := s.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	have := map[int64]Entry{}
	for _, e := range es {
		have[e.ID] = e
	}
	for id, text := range acked {
		if e, ok := have[id]; !ok || e.Damaged || e.Text != text {
			t.Errorf("acknowledged entry %d: %+v (present %v), want %q", id, e, ok, text)
		}
	}
}

// killOnce starts a child writing in dir, kills it after delay (counted
// from its first acknowledged add when afterFirst), and records what it
// acknowledged. It returns how many adds it acknowledged.
func killOnce(t *testing.T, dir string, run int, afterFirst bool, delay time.Duration, acked map[int64]string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir, crashChildEnv+"_RUN="+strconv.Itoa(run))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	count := 0
	done, first := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if count == 0 {
				close(first)
			}
		}()
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			var n int
			var id int64
			if _, err := fmt.Sscanf(sc.Text(), "%d %d", &n, &id); err != nil {
				continue // "ok", "PASS" or a child's error (checked below)
			}
			mu.Lock()
			acked[id] = crashText(run, n)
			count++
			if count == 1 {
				close(first)
			}
			mu.Unlock()
		}
	}()
	if afterFirst {
		select {
		case <-first:
		case <-time.After(30 * time.Second):
			t.Fatalf("run %d: the child acknowledged nothing in 30 s", run)
		}
	} else {
		delay *= 2
	}
	time.Sleep(delay)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-done         // the pipe drains: every line written before the kill is read
	_ = cmd.Wait() // killed: an error, as expected
	if state := cmd.ProcessState; state != nil && state.Exited() {
		t.Fatalf("run %d: the child exited by itself (%v) instead of being killed", run, state)
	}
	mu.Lock()
	defer mu.Unlock()
	return count
}
