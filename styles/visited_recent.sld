<?xml version="1.0" encoding="UTF-8"?>
<!-- Places visited within 14 days: a strong dark-orange triangle, drawn above older visits. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld"
    xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>visited_recent</Name>
    <UserStyle>
      <Name>visited_recent</Name>
      <Title>Địa điểm ca bệnh đã đến trong 14 ngày</Title>
      <Abstract>Tam giác cam đậm: địa điểm ca bệnh đã đến trong 14 ngày; người đã đến cần khai báo y tế.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>visited_recent</Name>
          <Title>Đã đến trong 14 ngày</Title>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>triangle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#E6550D</CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#7F2704</CssParameter>
                  <CssParameter name="stroke-width">1</CssParameter>
                </Stroke>
              </Mark>
              <Size>13</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
