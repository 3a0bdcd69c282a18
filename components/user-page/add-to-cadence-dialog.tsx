import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FormFooter } from '@/components/shared/form-footer';
import { Dialog } from '@/components/ui/dialog';
import { Tabs } from '@/components/ui/tabs';
import { enrollUser } from '@/lib/db/enrollment-writes';
import type { Cadence } from '@/lib/domain/types';
import { useLocalWrite } from '@/lib/panel/use-local-write';
import { cadencesQuery } from '@/lib/panel/workspace-queries';
import { CadenceOptions } from './cadence-options';

type Scope = Cadence['scope'];
const NONE: ReadonlySet<string> = new Set();

export interface AddToCadenceDialogProps {
  open: boolean;
  userId: string;
  personName: string;
  /** Cadences the person is in now (an active enrolment): shown, but not offered again. */
  activeCadenceIds?: ReadonlySet<string>;
  onClose(): void;
  onAdded(cadenceName: string): void;
}

/** Pick a cadence (personal or team, search, tag), then confirm; refusals are explained. */
export function AddToCadenceDialog({
  open,
  userId,
  personName,
  activeCadenceIds = NONE,
  onClose,
  onAdded,
}: AddToCadenceDialogProps) {
  const { data: cadences = [] } = useQuery(cadencesQuery());
  const [scope, setScope] = useState<Scope>('personal');
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [picked, setPicked] = useState<Cadence>();
  const [confirming, setConfirming] = useState(false);
  const enrol = useLocalWrite(enrollUser, (message) => `${personName} was not added: ${message}`);
  // A state setter: stable, so the reset on opening runs only when `open` changes.
  const { setError } = enrol;
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  // Keyboard: each step starts where the work is, and no step change drops focus to the page:
  // the search box on opening, "Add to cadence" after Next, "Next" again after Back.
  const confirmRef = useRef<HTMLDivElement>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  const stepChanged = useRef(false);
  useEffect(() => {
    if (!stepChanged.current) return;
    const root = confirming ? confirmRef.current : pickerRef.current;
    root?.querySelector<HTMLButtonElement>('.form-actions .primary')?.focus();
  }, [confirming]);
  const goTo = (next: boolean) => {
    stepChanged.current = true;
    setConfirming(next);
  };
  const tagId = useId();

  useEffect(() => {
    if (!open) return;
    setText('');
    setTag('');
    setPicked(undefined);
    setConfirming(false);
    stepChanged.current = false;
    setError(undefined);
  }, [open, setError]);

  const inScope = useMemo(() => cadences.filter((c) => c.scope === scope), [cadences, scope]);
  const tags = useMemo(() => [...new Set(inScope.flatMap((c) => c.tags))].sort(), [inScope]);
  const needle = text.trim().toLowerCase();
  const shown = inScope.filter(
    (c) =>
      (!tag || c.tags.includes(tag)) &&
      (!needle ||
        c.name.toLowerCase().includes(needle) ||
        c.description?.toLowerCase().includes(needle)),
  );

  const add = async () => {
    if (!picked) return;
    const enrolled = await enrol.run({ cadenceId: picked.id, userId });
    if (!enrolled.ok) return;
    if (enrolled.value.ok) onAdded(picked.name);
    else setError(`${personName} was not added: ${enrolled.value.reason}.`);
  };

  return (
    <Dialog open={open} title="Add to cadence" onClose={onClose} initialFocus={searchRef}>
      {confirming && picked ? (
        <div className="confirm" ref={confirmRef}>
          <p>
            Add <strong>{personName}</strong> to <strong>{picked.name}</strong>
            {picked.stepCount ? ` (${picked.stepCount} steps)` : ''}?
          </p>
          <FormFooter
            error={enrol.error}
            submitLabel="Add to cadence"
            disabled={enrol.pending}
            onSubmit={() => void add()}
            cancelLabel="Back"
            onCancel={() => goTo(false)}
          />
        </div>
      ) : (
        <div className="cadence-picker" ref={pickerRef}>
          <Tabs
            label="Cadence owner"
            tabs={[
              { id: 'personal', label: 'Personal' },
              { id: 'team', label: 'Team' },
            ]}
            selected={scope}
            onSelect={(s) => {
              setScope(s);
              setTag('');
              setPicked(undefined);
            }}
          />
          <div className="picker-filters">
            <div className="field grow">
              <label htmlFor={searchId} className="field-label">
                Search cadences
              </label>
              <input
                ref={searchRef}
                id={searchId}
                type="search"
                className="input"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={tagId} className="field-label">
                Tag
              </label>
              <select
                id={tagId}
                className="input"
                value={tag}
                onChange={(e) => setTag(e.target.value)}
              >
                <option value="">All tags</option>
                {tags.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {shown.length === 0 ? (
            <p className="muted small" role="status">
              {inScope.length === 0
                ? `No ${scope} cadences in this workspace yet.`
                : 'No cadence matches. Clear the search or pick another tag.'}
            </p>
          ) : (
            <CadenceOptions
              cadences={shown}
              picked={picked}
              activeCadenceIds={activeCadenceIds}
              onPick={setPicked}
            />
          )}
          <FormFooter
            submitLabel="Next"
            disabled={!picked}
            onSubmit={() => goTo(true)}
            onCancel={onClose}
          />
        </div>
      )}
    </Dialog>
  );
}
