import { useEffect, useState } from 'react';
import type { CrmId } from '../domain/crms';
import { getDisabledCrms, watchDisabledCrms } from '../platform/crm-sites';

/** The CRMs the user switched off (undefined until read), kept current. */
export function useDisabledCrms(): CrmId[] | undefined {
  const [disabled, setDisabled] = useState<CrmId[]>();
  useEffect(() => {
    let alive = true;
    void getDisabledCrms().then((d) => {
      if (alive) setDisabled(d);
    });
    const stop = watchDisabledCrms(setDisabled);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return disabled;
}
