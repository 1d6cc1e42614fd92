import { Alert } from 'design-react-kit';
import { formatDate, type Results } from '@performa/core';
import { useState } from 'react';
import { useApi } from '../api/hooks.js';
import { QueryState } from '../components/Status.js';
import { useLang } from '../i18n/lang.js';
import { usePlan } from '../layout/usePlan.js';
import { EntryRowForm } from './entry/EntryRowForm.js';

/** Rilevazione: the indicators of a unit in a period, with target and last value; draft and submit. */
export function EntryPage() {
  const { t } = useLang();
  const { plan, sel } = usePlan();
  const [unit, setUnit] = useState('');
  const params = { entityId: sel.entityId, planId: sel.planId };
  const q = useApi('getEntryForm', { params, query: { period: sel.period, ...(unit ? { unit } : {}) } });
  const results = useApi('getResults', { params, query: { period: sel.period } });
  return (
    <>
      <div className="page-header">
        <h1 className="mb-0">{t('nav.rilevazione')}</h1>
        <div className="mb-0" style={{ minWidth: 320 }}>
          <label htmlFor="entry-unit" className="form-label small fw-semibold mb-0 d-block">{t('entry.unit')}</label>
          <select id="entry-unit" className="form-select" value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t('entry.allUnits')}</option>
            {plan.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
      </div>
      <QueryState q={q}>
        {(form) => (
          <>
            {form.periodState === 'chiuso' && <Alert color="warning">{t('entry.closed', { p: form.period })}</Alert>}
            {form.dueDate && <p className="muted">{t('entry.due', { d: formatDate(form.dueDate) })}</p>}
            {form.rows.length === 0 && <p>{t('entry.none')}</p>}
            {form.rows.map((row) => (
              <EntryRowForm key={`${row.indicator}:${row.entry.version}:${row.entry.state}`} row={row} period={form.period} closed={form.periodState === 'chiuso'} results={results.data as Results | undefined} />
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
