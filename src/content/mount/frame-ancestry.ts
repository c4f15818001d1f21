/**
 * Whether this frame sits only in UDI's own pages. A page elsewhere that frames a UDI page can fade or
 * cover the whole frame, which the frame cannot see from inside: so the check's buttons refuse to act in a
 * frame whose ancestors are not UDI's https pages (http too in the test build, whose fixtures are local).
 * Chrome lists the ancestors' origins (`location.ancestorOrigins`); Firefox does not, so there each
 * ancestor is read directly, and one that cannot be read (another origin, even another udi.no host)
 * counts as not UDI's: we cannot tell, and refusing costs only the Generate button in such frames.
 */
export function framedByUdi(): boolean {
  if (window.top === window) return true;
  const listed = location.ancestorOrigins as DOMStringList | undefined;
  if (listed) return [...listed].every((origin) => isUdiOrigin(origin));
  try {
    for (let frame: Window = window; frame !== frame.parent; ) {
      frame = frame.parent;
      if (!isUdiOrigin(frame.location.origin)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

export function isUdiOrigin(origin: string, allowHttp: boolean = __TEST__): boolean {
  const match = /^(https?):\/\/([^/:]+)(:\d+)?$/.exec(origin);
  if (!match) return false;
  const [, scheme, host = ''] = match;
  return (
    (scheme === 'https' || (allowHttp && scheme === 'http')) &&
    (host === 'udi.no' || host.endsWith('.udi.no'))
  );
}

/**
 * Where the login hint may show the memo's notes: they are personal ("Work permit — Anna: email and
 * password"), so only in the top frame of a UDI page over https, never in a frame (which any page may
 * embed) nor on a site the applicant added to the extension.
 */
export const notesAllowedHere = (): boolean => window.top === window && isUdiOrigin(location.origin);
