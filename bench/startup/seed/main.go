// Command seed fills a data folder with the records docs/design.md's start-up
// target names: 10,000 journal entries and 2,000 meetings (one imported
// list), so bench/startup/run.sh can measure start-up with them:
//
//	go run ./bench/startup/seed DIR
//	BENCH_DATA_DIR=DIR bench/startup/run.sh
//
// The words are made up; nothing here is anyone's.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/alongside-app/alongside/internal/meetings"
	"github.com/alongside-app/alongside/store"
)

const (
	entries  = 10000
	meetingN = 2000
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: seed DIR")
		os.Exit(2)
	}
	if err := seed(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "seed:", err)
		os.Exit(1)
	}
}

func seed(dir string) error {
	ctx := context.Background()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	s, err := store.Open(ctx, filepath.Join(dir, store.FileName))
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.AddEntries(ctx, journal()); err != nil {
		return err
	}
	if _, err := s.ImportFeed(ctx, "https://example.org/meetings.json", meetingList()); err != nil {
		return err
	}
	fmt.Printf("%s: %d entries, %d meetings\n", dir, entries, meetingN)
	return nil
}

var words = []string{"tired", "hopeful", "called", "kitchen", "meeting", "boundary", "held", "walked", "slept", "worried", "laughed", "quiet"}

func journal() []store.Entry {
	out := make([]store.Entry, entries)
	start := time.Now().AddDate(-5, 0, 0)
	for i := range out {
		text := ""
		for j := 0; j < 40; j++ {
			text += words[(i*7+j*3)%len(words)] + " "
		}
		out[i] = store.Entry{At: start.Add(time.Duration(i) * 4 * time.Hour), Mood: store.Mood(1 + i%5), Tags: []string{words[i%len(words)]}, Text: text}
	}
	return out
}

func meetingList() meetings.Result {
	res := meetings.Result{Program: meetings.ProgramAlAnon, Format: meetings.FormatJSON}
	for i := 0; i < meetingN; i++ {
		res.Meetings = append(res.Meetings, meetings.Meeting{
			Slug: fmt.Sprintf("m-%d", i), Name: fmt.Sprintf("%s group %d", words[i%len(words)], i), Program: meetings.ProgramAlAnon,
			Fellowship: meetings.FellowshipAlAnon, Days: []time.Weekday{time.Weekday(i % 7)}, Start: meetings.ClockOf(7+i%14, 0),
			End: meetings.NoClock, TimeZone: "America/New_York", Types: []string{"O"}, Attendance: meetings.InPerson,
			City: fmt.Sprintf("Town %d", i%50), Lat: 42 + float64(i%100)/100, Lng: -71 - float64(i%100)/100, HasCoords: true,
		})
	}
	return res
}
