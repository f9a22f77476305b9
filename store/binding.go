package store

import (
	"context"
	"database/sql"

	"github.com/alongside-app/alongside/store/seal"
)

// Binding: every sealed value is bound to its row's plain columns
// (boundColumns), so a changed mood, outcome, kind or date shows the row
// as damaged. Files from before binding hold values sealed without it;
// the first time the key is in memory (Open without a passphrase, Unlock
// with one), upgradeSealing seals them again with it, in one transaction,
// and writes a sealed mark (settingSealing). Until then, and only then,
// values also open the old way (opener.legacy). The mark is sealed, so it
// cannot be forged without the key; deleting it only makes the store try
// the old way too for values that, once bound, never open that way.

// settingSealing is the private setting that says every value is bound.
const settingSealing Setting = "sealing"

// sealingBound is settingSealing's value once every value is bound.
const sealingBound = "bound"

// opener is an opener for box that also tries the old, unbound way while
// the store has values sealed before binding.
func (s *Store) opener(box *seal.Box) opener {
	return opener{box: box, legacy: s.legacy.Load()}
}

func (s *Store) openerPtr(box *seal.Box) *opener {
	o := s.opener(box)
	return &o
}

// afterKey runs once the key is in memory: it binds values sealed before
// binding. It is best effort: on failure the store keeps opening them the
// old way and tries again next time.
func (s *Store) afterKey(ctx context.Context) {
	box, done, err := s.sealer()
	if err != nil {
		return
	}
	v, err := getPrivate(ctx, s.db, box, settingSealing)
	done()
	if err == nil && v == sealingBound {
		s.legacy.Store(false)
		return
	}
	s.legacy.Store(true)
	_ = s.upgradeSealing(ctx)
}

// upgradeSealing seals every value again under the same key, bound to
// its row's plain columns, and marks the store as bound.
func (s *Store) upgradeSealing(ctx context.Context) error {
	s.gate.Lock()
	defer s.gate.Unlock()
	s.mu.RLock()
	box := s.box
	s.mu.RUnlock()
	if box == nil {
		return ErrLocked
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error { return rekeyTx(ctx, tx, box, box, true, nil) })
	if err == nil {
		s.legacy.Store(false)
	}
	return err
}
