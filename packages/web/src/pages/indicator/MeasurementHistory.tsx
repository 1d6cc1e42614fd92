import { formatNumber } from '@performa/core';
import type { IndicatorCard } from '../../api/types.js';
import { Score } from '../../components/Score.js';
import { EntryStateBadge } from '../../components/EntryStateBadge.js';
import { useLang } from '../../i18n/lang.js';
import { formatValue } from '../../model/format.js';

/** Per period: value, numerator/denominator, notes, workflow state and the score of each assignment. */
export function MeasurementHistory({ c }: { c: IndicatorCard }) {
  const { t, lang } = useLang();
  const num = (x: number | null) => (x === null ? '–' : formatNumber(x, 2, { fixed: false, locale: lang }));
  return (
    <section className="panel" aria-labelledby="hist-title">
      <h2 id="hist-title">{t('ind.history')}</h2>
      <div className="table-responsive">
        <table className="table table-sm table-dense mb-0" data-testid="measurement-history">
          <thead>
            <tr>
              <th scope="col">{t('ctx.period')}</th>
              <th scope="col">{t('ind.value')}</th>
              <th scope="col" className="num">{t('ind.numerator')}</th>
              <th scope="col" className="num">{t('ind.denominator')}</th>
              <th scope="col">{t('common.state')}</th>
              <th scope="col">{t('common.notes')}</th>
              <th scope="col">{t('common.score')}</th>
            </tr>
          </thead>
          <tbody>
            {c.history.map((h) => (
              <tr key={h.period}>
                <th scope="row">{h.period}</th>
                <td>{h.entry.status ? t(`status.${h.entry.status}`) : formatValue(h.entry.value, c.unit, lang)}</td>
                <td className="num">{num(h.entry.numerator)}</td>
                <td className="num">{num(h.entry.denominator)}</td>
                <td><EntryStateBadge state={h.entry.state} /></td>
                <td className="small">
                  {h.entry.note}
                  {h.entry.comment && <div className="comment-returned">{t('entry.comment')}: {h.entry.comment}</div>}
                </td>
                <td>
                  {h.scores.map((s) => (
                    <div key={s.objective} className="small">{s.objective}: <Score score={s.result.score} status={s.result.status} /></div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
