import { Link } from 'react-router-dom';
import { useBands } from '../../components/bands.js';
import { ToneIcon, toneOf } from '../../components/VerdictBadge.js';
import { useLang } from '../../i18n/lang.js';

/** The traffic lights: how many objectives fall in each verdict band, in words and icons. */
export function BandCounts({ counts, toTree }: { counts: { label: string; count: number }[]; toTree: string }) {
  const { t } = useLang();
  const { bands } = useBands();
  const total = counts.reduce((s, c) => s + c.count, 0);
  return (
    <section className="panel h-100" aria-labelledby="bands-title">
      <h2 id="bands-title">{t('dash.bands')}</h2>
      <ul className="list-unstyled mb-0">
        {counts.map((c) => {
          const tone = toneOf(c.label, bands);
          return (
            <li key={c.label} className="d-flex align-items-center gap-2 py-1" data-testid={`band-${c.label}`}>
              <span className={`verdict verdict-${tone}`} style={{ minWidth: '15rem' }}>
                <ToneIcon tone={tone} />
                <span>{c.label}</span>
              </span>
              <span className="score" style={{ minWidth: '3rem', textAlign: 'right' }}>{c.count}</span>
              <span className="flex-grow-1 scorebar" aria-hidden="true">
                <span className={`bg-tone-${tone}`} style={{ width: `${total ? (c.count / total) * 100 : 0}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      <p className="small mt-2 mb-0"><Link to={toTree}>{t('dash.objectives', { n: total })} →</Link></p>
    </section>
  );
}
