import { describe, expect, it } from 'vitest';
import { videoFacade } from './video.ts';

describe('videoFacade', () => {
  it('names the site that plays the recording', () => {
    expect(videoFacade('https://www.youtube.com/watch?v=abc')).toEqual({ href: 'https://www.youtube.com/watch?v=abc', provider: 'YouTube' });
    expect(videoFacade('https://youtu.be/abc').provider).toBe('YouTube');
    expect(videoFacade('https://vimeo.com/123').provider).toBe('Vimeo');
    expect(videoFacade('https://video.jatimprov.go.id/rekaman/1').provider).toBe('video.jatimprov.go.id');
  });
});
