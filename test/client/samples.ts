/** The samples' coverage as the server sends it (`rncp/coverage`), for the client's pure modules. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDraft } from '../../server/src/core/analyze';
import { draftCoverage } from '../../server/src/core/features/coverage';
import type { DraftCoverage } from '../../server/src/core/protocol';
import { referentielJson } from '../../server/src/core/report/referentielJson';
import type { ReferentielResult } from '../../server/src/core/protocol';
import { ROOT, store } from '../helpers/core';

/** `file:///samples/<name>` for each draft of samples/. */
export function sampleCoverage(): DraftCoverage[] {
  const dir = path.join(ROOT, 'samples');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().flatMap((f) => {
    const file = path.join(dir, f);
    const analysis = analyzeDraft(file, fs.readFileSync(file, 'utf8'), { resolve: store.resolver });
    return analysis.model.isDraft ? [draftCoverage(`file:///samples/${f}`, analysis)] : [];
  });
}

/** The bundled référentiel as `rncp/referentiel` answers it. */
export function referentielInfo(): ReferentielResult {
  return referentielJson(store.get('mdc-2023')!) as ReferentielResult;
}

/** Workspace-relative path of a sample URI. */
export const pathOf = (uri: string) => uri.replace('file:///', '');
