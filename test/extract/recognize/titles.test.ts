// The title recognizer: positions as written, with the body they name.
import { describe, expect, it } from 'vitest';
import { recognizeTitles } from '../../../extract/recognize/titles.ts';
import { NO_CONTEXT } from '../../../extract/recognize/types.ts';

const titles = (text: string): [string, string | null][] => recognizeTitles(text, NO_CONTEXT).map((t) => [t.title, t.organization]);

describe('recognizeTitles', () => {
  it('takes the body before the head into the title', () => {
    expect(titles('市人大常委会副主任牛晓辉讲话')).toEqual([['市人大常委会副主任', '市人大常委会']]);
    expect(titles('市委书记张建慧')).toEqual([['市委书记', '市委']]);
  });

  it('splits a chain on 、 and ，', () => {
    expect(titles('区委副书记、区长李四')).toEqual([['区委副书记', '区委'], ['区长', null]]);
    expect(titles('市委常委、宣传部长王少青')).toEqual([['市委常委', '市委'], ['宣传部长', '宣传']]);
  });

  it('knows heads that name no body', () => {
    expect(titles('国家主席习近平')).toEqual([['国家主席', '国家']]);
    expect(titles('总书记指出')).toEqual([['总书记', null]]);
    expect(titles('记者王艳')).toEqual([['记者', null]]);
  });

  it('gives offsets into the text', () => {
    const [t] = recognizeTitles('会上，副市长魏险峰讲话', NO_CONTEXT);
    expect(t).toMatchObject({ kind: 'title', start: 3, end: 6, text: '副市长' });
  });
});
